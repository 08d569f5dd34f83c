import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventDraft } from '../../../shared/timeline/event.ts';
import type { TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import { openSqliteStore } from '../sqlite/open-sqlite.ts';
import {
  criterionDraft,
  domainStatusDraft,
  markAcknowledgedDraft,
  markClearedDraft,
  markRaisedDraft,
  markSnoozedDraft,
  minutesIn,
  noteDraft,
  sourceHealthDraft,
} from '../sqlite/testing/sample-drafts.ts';
import { tempFolder, type TempFolder } from '../sqlite/testing/temp-folder.ts';
import { clusterUnavailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { databaseOf, freshDatabaseUrl, openTestStore } from './testing/test-store.ts';

const skip = clusterUnavailable() ?? false;
let cluster: PgCluster;
let folder: TempFolder;

before(async () => {
  folder = await tempFolder('pg-store');
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
  await folder.remove();
});

/** A morning of every kind the store treats specially, plus text the filters must take literally. */
const MORNING: EventDraft[] = [
  domainStatusDraft('helpdesk', 'ok', 'warning', 0), // 1
  domainStatusDraft('helpdesk', 'warning', 'critical', 1), // 2
  domainStatusDraft('website', 'ok', 'warning', 2), // 3
  sourceHealthDraft('topdesk', 'ok', 'failing', 3), // 4
  sourceHealthDraft('statuscake', 'ok', 'stale', 4), // 5
  sourceHealthDraft('topdesk', 'failing', 'ok', 5), // 6
  markRaisedDraft('website', 'check:web', 6), // 7
  markRaisedDraft('helpdesk', 'check:bellijn', 7), // 8
  markAcknowledgedDraft('website', 7, 'Anna de Vries', 8), // 9
  markSnoozedDraft('website', 7, 60, 9), // 10
  markClearedDraft('helpdesk', 8, 10), // 11
  markAcknowledgedDraft('helpdesk', 8, 'Bram Jansen', 11), // 12
  criterionDraft('criterion-met', 'security', 'SOC belde', 12), // 13
  criterionDraft('criterion-withdrawn', 'security', 'Vals alarm', 13), // 14
  criterionDraft('criterion-met', 'security', 'SOC belde opnieuw', 14), // 15
  criterionDraft('criterion-met', 'privacy', 'Datalek gemeld', 15), // 16
  { ...markRaisedDraft('privacy', 'unused', 16), markKey: undefined }, // 17
  { ...criterionDraft('criterion-met', 'security', 'Zonder domein', 17), domain: null }, // 18
  { ...criterionDraft('criterion-withdrawn', 'security', 'Zonder domein', 18), domain: null }, // 19
  { ...criterionDraft('criterion-met', 'security', 'Weer zonder', 19), domain: null }, // 20
  noteDraft('Korting 50% op_wachttijd', 20, 'Bram Jansen'), // 21
  noteDraft('ÉÉN melding uit Zeeland', 21, 'Élise'), // 22
  noteDraft('Korting 50 procent', 22), // 23
  // `at` given with an offset: stored in UTC as the SQLite store stores it.
  { ...noteDraft('Tijdzone', 23), at: '2026-05-01T10:23:00+02:00' }, // 24
];

/** The same drafts appended to a new SQLite file and a new PostgreSQL database, in the same batches. */
async function twinStores(prefix: string, batches: EventDraft[][]) {
  const sqlite = await openSqliteStore(folder.file(`${prefix}.sqlite`), { create: true });
  const url = await freshDatabaseUrl(cluster, prefix);
  const postgres = await openTestStore(cluster, url, { create: true });
  for (const batch of batches) {
    assert.deepEqual(await postgres.append(batch), await sqlite.append(batch));
  }
  return { sqlite, postgres, url, close: () => Promise.all([sqlite.close(), postgres.close()]) };
}

const hashes = async (url: string) =>
  cluster.sql(
    "SELECT string_agg(seq || ':' || prev_hash || ':' || hash, ',' ORDER BY seq) FROM dijkwacht.events",
    databaseOf(url),
  );

describe('the PostgreSQL timeline store', { skip }, () => {
  it('creates the schema once: reopening and a second creator change nothing', async () => {
    const url = await freshDatabaseUrl(cluster, 'migrate');
    const [first, second] = await Promise.all([
      openTestStore(cluster, url, { create: true }),
      openTestStore(cluster, url, { create: true }),
    ]);
    await first.append([noteDraft('Eerste notitie')]);
    await Promise.all([first.close(), second.close()]);
    const reader = await openTestStore(cluster, url);
    assert.equal(await reader.lastSeq(), 1);
    assert.equal(reader.location, `dijkwacht@127.0.0.1:${cluster.port}/${databaseOf(url)}`);
    await reader.close();
    assert.equal(
      await cluster.sql('SELECT version FROM dijkwacht.schema_version', databaseOf(url)),
      '1',
    );
    assert.equal(await cluster.sql('SELECT seq FROM dijkwacht.head', databaseOf(url)), '1');
  });

  it('gives the same events and hashes as the SQLite store for the same drafts', async () => {
    const twins = await twinStores('same', [MORNING.slice(0, 5), MORNING.slice(5)]);
    const { sqlite, postgres } = twins;
    assert.deepEqual(await postgres.read({}), await sqlite.read({}));
    const sqliteRows = (await sqlite.read({})).length;
    assert.equal(sqliteRows, MORNING.length);
    assert.equal((await postgres.read({}))[23]?.at, '2026-05-01T08:23:00.000Z');
    // The chain itself, compared with the SQLite file's through verify on both sides.
    assert.deepEqual(await postgres.verify(), { ok: true, events: MORNING.length });
    assert.deepEqual(await sqlite.verify(), { ok: true, events: MORNING.length });
    const pgChain = await hashes(twins.url);
    const { DatabaseSync } = await import('node:sqlite');
    const db = new DatabaseSync(folder.file('same.sqlite'), { readOnly: true });
    const sqliteChain = db
      .prepare(
        "SELECT group_concat(seq || ':' || prev_hash || ':' || hash, ',') AS chain FROM (SELECT * FROM events ORDER BY seq)",
      )
      .get()?.chain;
    db.close();
    assert.equal(pgChain, sqliteChain);
    await twins.close();
  });

  it('reads, counts and filters as the SQLite store does', async () => {
    const twins = await twinStores('filters', [MORNING]);
    const queries = [
      {},
      { order: 'desc' as const, limit: 5, offset: 2 },
      { offset: 20 },
      { from: new Date(minutesIn(2)), to: new Date(minutesIn(5)) },
      { domains: ['website' as const, 'helpdesk' as const] },
      { kinds: ['source-health' as const, 'domain-status' as const] },
      { kinds: ['domain-status' as const], domains: ['website' as const] },
      { domains: [] },
      { kinds: [] },
      { text: 'BELLIJN' },
      { text: 'jansen' },
      { text: 'één' },
      { text: 'élise' },
      { text: '50%' },
      { text: '50_' },
      { text: '%' },
      { text: 'n_p' },
      { text: 'op_w' },
      { text: '.*' },
      { text: '[a]' },
      { text: '\\' },
      { text: ' → ' },
      { afterSeq: 18 },
      { afterSeq: 18, kinds: ['note' as const], order: 'desc' as const },
    ];
    for (const query of queries) {
      const label = JSON.stringify(query);
      assert.deepEqual(await twins.postgres.read(query), await twins.sqlite.read(query), label);
      assert.equal(await twins.postgres.count(query), await twins.sqlite.count(query), label);
    }
    assert.deepEqual(
      (await twins.postgres.read({ text: '50%' })).map((event) => event.seq),
      [21],
    );
    assert.deepEqual(
      (await twins.postgres.read({ text: 'één' })).map((event) => event.seq),
      [22],
    );
    assert.equal(await twins.postgres.lastSeq(), MORNING.length);
    await assert.rejects(twins.postgres.read({ limit: -1 }), RangeError);
    await twins.close();
  });

  it('resumes with the same state as the SQLite store', async () => {
    const twins = await twinStores('resume', [MORNING]);
    const state = await twins.postgres.resumeState();
    assert.deepEqual(state, await twins.sqlite.resumeState());
    assert.deepEqual(
      [...state.domainStatus],
      [
        ['helpdesk', 'critical'],
        ['website', 'warning'],
      ],
    );
    assert.deepEqual(
      state.openMarks.map((mark) => mark.raised.seq),
      [7, 17],
    );
    assert.deepEqual(
      state.openCriteria.map((event) => event.seq),
      [15, 16, 20],
    );
    await twins.close();
    const empty = await openTestStore(cluster, await freshDatabaseUrl(cluster, 'empty'), {
      create: true,
    });
    assert.deepEqual(await empty.resumeState(), {
      lastSeq: 0,
      domainStatus: new Map(),
      domainStatusSince: new Map(),
      sourceHealth: new Map(),
      openMarks: [],
      openCriteria: [],
    });
    await empty.close();
  });

  it('refuses an invalid draft and writes nothing of its batch', async () => {
    const store = await openTestStore(cluster, await freshDatabaseUrl(cluster, 'invalid'), {
      create: true,
    });
    const bad = { ...noteDraft('zonder tijd'), at: 'gisteren' };
    await assert.rejects(store.append([noteDraft('goed'), bad]), { name: 'InvalidDraftError' });
    assert.equal(await store.lastSeq(), 0);
    assert.deepEqual(await store.append([]), []);
    await store.close();
  });

  it('numbers the appends of two stores 1..100 without a gap or a fork', async () => {
    const url = await freshDatabaseUrl(cluster, 'concurrent');
    const stores = await Promise.all([
      openTestStore(cluster, url, { create: true }),
      openTestStore(cluster, url, { create: true }),
    ]);
    const appendFifty = (store: TimelineStore, name: string) =>
      Promise.all(
        Array.from({ length: 50 }, (_, index) => store.append([noteDraft(`${name} ${index}`)])),
      );
    const [first, second] = await Promise.all(
      stores.map((store, index) => appendFifty(store, `store ${index}`)),
    );
    const seqs = [...(first ?? []), ...(second ?? [])].flat().map((event) => event.seq);
    assert.deepEqual(
      seqs.toSorted((a, b) => a - b),
      Array.from({ length: 100 }, (_, index) => index + 1),
    );
    const [one, other] = stores;
    assert.deepEqual(await one.verify(), { ok: true, events: 100 });
    assert.deepEqual(
      (await other.read({})).map((event) => event.seq),
      seqs.toSorted((a, b) => a - b),
    );
    await Promise.all(stores.map((store) => store.close()));
  });

  it('finds an edited event, a removed newest event and a gap', async () => {
    const url = await freshDatabaseUrl(cluster, 'verify');
    const store = await openTestStore(cluster, url, { create: true });
    await store.append(Array.from({ length: 12 }, (_, index) => noteDraft(`notitie ${index + 1}`)));
    assert.deepEqual(await store.verify(), { ok: true, events: 12 });
    await cluster.sql(
      "UPDATE dijkwacht.events SET summary = 'iets anders' WHERE seq = 7",
      databaseOf(url),
    );
    assert.deepEqual(await store.verify(), {
      ok: false,
      events: 6,
      brokenSeq: 7,
      problem: 'content does not match its hash (changed after it was written)',
    });
    await cluster.sql(
      "UPDATE dijkwacht.events SET summary = 'notitie 7' WHERE seq = 7",
      databaseOf(url),
    );
    await cluster.sql('DELETE FROM dijkwacht.events WHERE seq = 12', databaseOf(url));
    assert.deepEqual(await store.verify(), {
      ok: false,
      events: 11,
      brokenSeq: 12,
      problem: 'seq 12 missing (the head says 12)',
    });
    await cluster.sql('DELETE FROM dijkwacht.events WHERE seq = 5', databaseOf(url));
    assert.deepEqual(await store.verify(), {
      ok: false,
      events: 4,
      brokenSeq: 5,
      problem: 'seq 5 missing (the next event is seq 6)',
    });
    await store.close();
  });

  it('keeps working across a server restart and loses nothing it committed', async () => {
    const url = await freshDatabaseUrl(cluster, 'restart');
    const store = await openTestStore(cluster, url, { create: true });
    await store.append([noteDraft('voor de herstart'), noteDraft('nog een')]);
    await cluster.restart();
    const appended = await store.append([noteDraft('na de herstart')]);
    assert.deepEqual(
      appended.map((event) => event.seq),
      [3],
    );
    assert.deepEqual(
      (await store.read({})).map((event) => event.summary),
      ['voor de herstart', 'nog een', 'na de herstart'],
    );
    assert.deepEqual(await store.verify(), { ok: true, events: 3 });
    await store.close();
  });

  it('refuses writes through a read-only store', async () => {
    const url = await freshDatabaseUrl(cluster, 'readonly');
    const writer = await openTestStore(cluster, url, { create: true });
    await writer.append([noteDraft('een')]);
    const reader = await openTestStore(cluster, url, { readOnly: true });
    await assert.rejects(reader.append([noteDraft('twee')]), {
      message: 'the server takes no writes from a store opened read-only',
      code: '25006',
    });
    assert.equal(await reader.count(), 1);
    await Promise.all([writer.close(), reader.close()]);
  });
});
