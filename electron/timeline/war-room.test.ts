import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Mark } from '../../shared/snapshot/snapshot-schema.ts';
import type { EventDraft } from '../../shared/timeline/event.ts';
import type { PublishedState, SharedStore } from '../../shared/timeline/war-room.ts';
import { runExport } from '../export/run-export.ts';
import { startSimulator } from '../simulator/simulator.ts';
import { createSourceClient } from '../sources/create-client.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { systemClock } from '../time/clock.ts';
import { performAction } from './actions.ts';
import { DEFAULT_HEARTBEAT_MS } from './collecting.ts';
import {
  clusterUnavailable,
  startPgCluster,
  type PgCluster,
} from './postgres/testing/pg-cluster.ts';
import { freshDatabaseUrl, openTestStore } from './postgres/testing/test-store.ts';
import { openSqliteStore } from './sqlite/open-sqlite.ts';
import * as sample from './sqlite/testing/sample-drafts.ts';
import { tempFolder, type TempFolder } from './sqlite/testing/temp-folder.ts';
import { startStandbyCollecting } from './standby.ts';

/**
 * The shared war room on a real PostgreSQL (docs/war-room.md): seats acting on one collector's
 * marks, and the same export whichever engine holds the events.
 */
const skip = clusterUnavailable() ?? false;
/** The demo's story at 600×: the GGD portal goes down about 8 s in. */
const SPEED = 600;
let cluster: PgCluster;
let folder: TempFolder;

before(async () => {
  folder = await tempFolder('war-room');
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
  await folder.remove();
});

async function until<T>(probe: () => Promise<T | null>, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

function marksOf(published: PublishedState | null): Mark[] {
  return published?.snapshot.domains.flatMap((domain) => domain.marks) ?? [];
}

describe('two coordinators acknowledging the same mark at once', { skip }, () => {
  it('makes two events and one acknowledged mark, seen on another seat within one heartbeat', async () => {
    const url = await freshDatabaseUrl(cluster, 'acks');
    const collectorStore = await openTestStore(cluster, url, { create: true });
    const seatA = await openTestStore(cluster, url);
    const seatB = await openTestStore(cluster, url);
    const simulator = await startSimulator({ speed: SPEED });
    const collecting = startStandbyCollecting({
      store: collectorStore,
      config: simulator.config,
      playbook: defaultPlaybook,
      demo: true,
      version: 'test',
      label: 'dijkwacht collect',
      createClient: createSourceClient,
      log: () => undefined,
    });
    try {
      await collecting.whenActive();
      const mark = await until(async () => {
        const open = marksOf(await seatB.readPublished()).find(
          (candidate) => candidate.rule === 'check-down' && candidate.seq !== null,
        );
        return open ?? null;
      }, 'a published check-down mark');
      // The story stands still: the check stays down, the mark open.
      simulator.driver.stop();
      await acknowledgeTwiceAndWatch(seatA, seatB, mark.seq!);
    } finally {
      await collecting.stop();
      await simulator.stop();
      await Promise.all([collectorStore.close(), seatA.close(), seatB.close()]);
    }
  });
});

async function acknowledgeTwiceAndWatch(seatA: SharedStore, seatB: SharedStore, raisedSeq: number) {
  let seen: (() => void) | null = null;
  let ackedAt = 0;
  const following = await seatB.follow({
    onPublished: () => {
      void seatB.readPublished().then((published) => {
        const mark = marksOf(published).find((candidate) => candidate.seq === raisedSeq);
        if (ackedAt > 0 && mark?.acknowledged) seen?.();
      });
    },
    onEvents: () => undefined,
    onConnected: () => undefined,
    onDisconnected: () => undefined,
  });
  try {
    const seenOnB = new Promise<void>((resolve) => (seen = resolve));
    // "At once": both coordinators saw the mark unacknowledged before either wrote.
    const bothRead = barrier(2);
    const act = (store: SharedStore, actor: string) =>
      performAction(
        appendAfter(store, bothRead),
        { kind: 'acknowledge', select: { raisedSeq }, note: `gezien door ${actor}` },
        { actor, clock: systemClock, playbook: defaultPlaybook },
      );
    ackedAt = Date.now();
    const [byAnna, byBram] = await Promise.all([
      act(seatA, 'Anna de Vries'),
      act(seatB, 'Bram Jansen'),
    ]);
    assert.equal(byAnna!.length, 1);
    assert.equal(byBram!.length, 1);
    await Promise.race([seenOnB, sleep(DEFAULT_HEARTBEAT_MS * 4)]);
    const tookMs = Date.now() - ackedAt;
    assert.ok(tookMs <= DEFAULT_HEARTBEAT_MS, `seen on the other seat after ${tookMs} ms`);
    const acks = await seatA.read({ kinds: ['mark-acknowledged'] });
    const forMark = acks.filter(
      (event) => event.kind === 'mark-acknowledged' && event.data.raisedSeq === raisedSeq,
    );
    assert.equal(forMark.length, 2, 'two events');
    const published = marksOf(await seatB.readPublished()).filter((m) => m.seq === raisedSeq);
    assert.equal(published.length, 1, 'one mark');
    assert.ok(published[0]!.acknowledged, 'acknowledged');
    assert.ok([byAnna![0]!.seq, byBram![0]!.seq].includes(published[0]!.acknowledged.seq));
  } finally {
    await following.stop();
  }
}

/** Resolves for everyone once `count` callers waited on it. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    if (++arrived === count) open();
    return opened;
  };
}

/** `store`, whose append first waits at `gate`: every read of the action happened before. */
function appendAfter(store: SharedStore, gate: () => Promise<void>): SharedStore {
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (key === 'append')
        return async (...args: Parameters<SharedStore['append']>) => {
          await gate();
          return target.append(...args);
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A morning with every kind an export treats specially, and names to redact. */
const MORNING: EventDraft[] = [
  sample.domainStatusDraft('helpdesk', 'ok', 'warning', 0),
  sample.domainStatusDraft('helpdesk', 'warning', 'critical', 1),
  sample.sourceHealthDraft('topdesk', 'ok', 'failing', 2),
  sample.markRaisedDraft('website', 'check:web', 3),
  sample.markRaisedDraft('helpdesk', 'check:bellijn', 4),
  sample.markAcknowledgedDraft('website', 4, 'Anna de Vries', 5),
  sample.markSnoozedDraft('website', 4, 60, 6),
  sample.noteDraft(
    'Bram Jansen (06-12345678, bram@example.nl) belt de leverancier; "quotes", komma',
    7,
  ),
  sample.markClearedDraft('helpdesk', 5, 8),
  sample.criterionDraft('criterion-met', 'security', 'SOC belde', 9),
  sample.sourceHealthDraft('topdesk', 'failing', 'ok', 10),
  sample.domainStatusDraft('helpdesk', 'critical', 'ok', 11),
];

describe('the same export from SQLite and PostgreSQL', { skip }, () => {
  for (const format of ['json', 'csv', 'md'] as const)
    for (const redact of [false, true])
      it(`is byte-identical: ${format}${redact ? ', redacted' : ''}`, async () => {
        const sqlite = await openSqliteStore(folder.file(`export-${format}-${redact}.sqlite`), {
          create: true,
        });
        const postgres = await openTestStore(
          cluster,
          await freshDatabaseUrl(cluster, `export_${format}`),
          { create: true },
        );
        try {
          const exported: Buffer[] = [];
          for (const [name, store] of [
            ['sqlite', sqlite],
            ['postgres', postgres],
          ] as const) {
            await store.append(MORNING);
            const out = folder.file(`${name}-${format}-${redact}.out`);
            await runExport(store, {
              format,
              redact,
              from: null,
              to: null,
              domain: null,
              title: 'CoronaMelder — verhoogde dijkbewaking',
              timezone: 'Europe/Amsterdam',
              knownNames: ['Bram Jansen'],
              out,
              actor: 'Anna de Vries',
              clock: new FakeClock('2026-11-29T12:00:00.000Z'),
            });
            exported.push(await readFile(out));
          }
          assert.ok(exported[0]!.length > 200, 'an export with content');
          assert.ok(exported[0]!.equals(exported[1]!), `${format} differs between the engines`);
        } finally {
          await Promise.all([sqlite.close(), postgres.close()]);
        }
      });
});
