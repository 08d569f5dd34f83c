import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPgLease } from './pg-lease.ts';
import { MAX_PUBLICATION_BYTES, publishState, readPublishedState } from './pg-publication.ts';
import { freshTestDatabase } from './testing/ddl-for-tests.ts';
import { clusterUnavailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { sampleHolder, samplePublication } from './testing/sample-publication.ts';

let cluster: PgCluster;
const skip = clusterUnavailable() ?? false;

before(async () => {
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
});

/** A database whose lease `holder` holds, with a pool to publish and read through. */
async function heldStore(prefix: string) {
  const database = await freshTestDatabase(cluster, prefix);
  const pool = database.pool();
  const lease = createPgLease(pool, database.connect);
  const holder = sampleHolder('dijkwacht collect');
  assert.ok((await lease.claim(holder, 60_000)).ok);
  const close = async () => {
    await lease.close();
    await pool.end();
  };
  /** Replaces a column of the published row as the superuser (what a seat must survive). */
  const overwrite = (column: 'publication' | 'holder', sqlValue: string) =>
    cluster.sql(`UPDATE dijkwacht.published SET ${column} = ${sqlValue}`, database.name);
  return { database, pool, lease, holder, close, overwrite };
}

describe('PostgreSQL publication', { skip }, () => {
  it('is null before any collector published', async () => {
    const { pool, close } = await heldStore('empty');
    try {
      assert.equal(await readPublishedState(pool), null);
    } finally {
      await close();
    }
  });

  it('reads back what the holder published, stamped by the server', async () => {
    const { pool, holder, close } = await heldStore('round_trip');
    try {
      const publication = samplePublication();
      await publishState(pool, publication, holder);
      const first = await readPublishedState(pool);
      assert.ok(first !== null);
      const { publishedAt, readAt, holder: writer, ...published } = first;
      assert.deepEqual(published, publication);
      assert.deepEqual(writer, holder);
      assert.ok(Date.parse(readAt) >= Date.parse(publishedAt));
      assert.ok(Math.abs(Date.parse(publishedAt) - Date.now()) < 5_000);
      const next = samplePublication('2026-11-29T13:06:00.000Z');
      await publishState(pool, next, holder);
      const second = await readPublishedState(pool);
      assert.equal(second?.snapshot.generatedAt, '2026-11-29T13:06:00.000Z', 'replaced');
      assert.ok(Date.parse(second.publishedAt) >= Date.parse(publishedAt));
    } finally {
      await close();
    }
  });

  it('refuses a publish from a collector that does not hold the lease', async () => {
    const { pool, holder, close } = await heldStore('fenced');
    try {
      await publishState(pool, samplePublication(), holder);
      const intruder = sampleHolder('old collector');
      await assert.rejects(
        publishState(pool, samplePublication('2026-11-29T14:00:00.000Z'), intruder),
        /another collector took over this store/,
      );
      const kept = await readPublishedState(pool);
      assert.equal(kept?.snapshot.generatedAt, samplePublication().snapshot.generatedAt);
      assert.deepEqual(kept.holder, holder, 'nothing written');
    } finally {
      await close();
    }
  });

  it('rejects a row a seat cannot trust, in one line', async () => {
    const { pool, holder, close, overwrite } = await heldStore('invalid');
    try {
      await publishState(pool, samplePublication(), holder);
      const bad = samplePublication() as unknown as { snapshot: { domains: { status: string }[] } };
      bad.snapshot.domains[0]!.status = 'groen';
      const cases: [column: 'publication' | 'holder', value: string, expected: RegExp][] = [
        ['publication', "'not json {'", /^the published state is not valid JSON$/],
        [
          'publication',
          sqlText(JSON.stringify(bad)),
          /^the published state is invalid at snapshot\.domains\.0\.status: /,
        ],
        ['publication', `'{"snapshot": 1}'`, /^the published state is invalid at /],
        ['holder', `'{"id": "x"}'`, /^the publishing collector is invalid at pid: /],
        [
          'publication',
          `repeat('x', ${MAX_PUBLICATION_BYTES + 1})`,
          /^the published state is too large \(\d+ bytes/,
        ],
      ];
      for (const [column, value, expected] of cases) {
        await publishState(pool, samplePublication(), holder);
        await overwrite(column, value);
        const error = await readPublishedState(pool).then(
          () => assert.fail(`accepted ${column} = ${value.slice(0, 40)}`),
          (reason: Error) => reason,
        );
        assert.match(error.message, expected);
        assert.doesNotMatch(error.message, /\n/);
      }
    } finally {
      await close();
    }
  });

  it('tells the followers on commit', async () => {
    const { database, pool, holder, close } = await heldStore('notify');
    const listener = await database.connect();
    try {
      const heard: string[] = [];
      listener.on('notification', (message) => heard.push(message.channel));
      await listener.query('LISTEN dijkwacht_published');
      await publishState(pool, samplePublication(), holder);
      for (let waited = 0; heard.length === 0 && waited < 2_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.deepEqual(heard, ['dijkwacht_published']);
    } finally {
      await listener.end();
      await close();
    }
  });
});

function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
