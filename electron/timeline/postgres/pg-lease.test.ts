import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { assertLeaseHolder, createPgLease, type PgLease } from './pg-lease.ts';
import { freshTestDatabase, type TestDatabase } from './testing/ddl-for-tests.ts';
import { startLeaseChild } from './testing/lease-child.ts';
import { clusterUnavailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { sampleHolder } from './testing/sample-publication.ts';
import { startTcpProxy } from './testing/tcp-proxy.ts';

const STALE_MS = 1_500;
let cluster: PgCluster;
const skip = clusterUnavailable() ?? false;

before(async () => {
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
});

/** A lease on its own pool, as a collector process has; close() ends both. */
function leaseOn(database: TestDatabase) {
  const pool = database.pool();
  const lease = createPgLease(pool, database.connect);
  return {
    lease,
    pool,
    close: async () => {
      await lease.close();
      await pool.end();
    },
  };
}

async function twoCollectors(prefix: string) {
  const database = await freshTestDatabase(cluster, prefix);
  const first = leaseOn(database);
  const second = leaseOn(database);
  return {
    database,
    first,
    second,
    close: async () => {
      await first.close();
      await second.close();
    },
  };
}

async function leaseRow(database: TestDatabase) {
  return (
    (await cluster.sql('SELECT holder_id FROM dijkwacht.collector_lease', database.name)) || null
  );
}

/** Retries the claim every `everyMs` until it wins; resolves with the ms it took. */
async function claimUntilWon(lease: PgLease, name: string, withinMs: number, everyMs = 100) {
  const started = performance.now();
  while (performance.now() - started < withinMs) {
    if ((await lease.claim(sampleHolder(name), STALE_MS)).ok) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${name} did not win the claim within ${withinMs} ms`);
}

describe('PostgreSQL collector lease', { skip }, () => {
  it('lets a standby ask again and again on one connection, not a new one each time', async () => {
    const database = await freshTestDatabase(cluster, 'spare');
    const active = leaseOn(database);
    const pool = database.pool();
    let connections = 0;
    const standby = createPgLease(pool, () => {
      connections += 1;
      return database.connect();
    });
    try {
      assert.equal((await active.lease.claim(sampleHolder('active'), STALE_MS)).ok, true);
      for (let ask = 0; ask < 6; ask++)
        assert.equal((await standby.claim(sampleHolder('standby'), STALE_MS)).ok, false);
      assert.equal(connections, 1);
    } finally {
      await standby.close();
      await pool.end();
      await active.close();
    }
  });

  it('refuses a second collector and names the holder; a claim again is ours', async () => {
    const { first, second, database, close } = await twoCollectors('refuse');
    try {
      const active = sampleHolder('dijkwacht collect');
      assert.deepEqual(await first.lease.claim(active, STALE_MS), { ok: true });
      const refused = await second.lease.claim(sampleHolder('standby'), STALE_MS);
      assert.equal(refused.ok, false);
      assert.deepEqual(!refused.ok && refused.holder, active);
      assert.ok(!refused.ok && Math.abs(Date.parse(refused.renewedAt) - Date.now()) < 5_000);
      assert.deepEqual(await first.lease.claim(active, STALE_MS), { ok: true }, 'idempotent');
      assert.equal(first.lease.heldId(), active.id);
      assert.equal(second.lease.heldId(), null);
      assert.equal(await first.lease.renew(active), true);
      assert.equal(await leaseRow(database), active.id);
    } finally {
      await close();
    }
  });

  it('hands over at once on release', async () => {
    const { first, second, database, close } = await twoCollectors('release');
    try {
      const active = sampleHolder('active');
      assert.ok((await first.lease.claim(active, STALE_MS)).ok);
      await first.lease.release(active);
      assert.equal(first.lease.heldId(), null);
      assert.equal(await leaseRow(database), null, 'the row is gone');
      assert.ok((await second.lease.claim(sampleHolder('standby'), STALE_MS)).ok);
      assert.equal(await first.lease.renew(active), false);
    } finally {
      await close();
    }
  });

  it('lets a standby take over within 1 s of a SIGKILL of the holder', async () => {
    const database = await freshTestDatabase(cluster, 'sigkill');
    const standby = leaseOn(database);
    const child = startLeaseChild(database.config, 'killed collector');
    try {
      assert.equal(await child.answer, 'claimed');
      const refused = await standby.lease.claim(sampleHolder('standby'), 60_000);
      assert.equal(!refused.ok && refused.holder.label, 'killed collector');
      await child.kill();
      // A stale-after of a minute: the lock alone, freed as the socket closes, lets it win.
      const started = performance.now();
      while (!(await standby.lease.claim(sampleHolder('standby'), 60_000)).ok) {
        assert.ok(performance.now() - started < 1_000, 'taken over within 1 s');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(await leaseRow(database), 'standby-id');
    } finally {
      await child.kill();
      await standby.close();
    }
  });

  it('ends the lingering session of a holder that stopped renewing, and fences it', async () => {
    const { first, second, database, close } = await twoCollectors('stale');
    try {
      const old = sampleHolder('cut off');
      assert.ok((await first.lease.claim(old, STALE_MS)).ok);
      // The holder is cut off: it renews no more, its session (and lock) linger on the server.
      await cluster.sql(
        "UPDATE dijkwacht.collector_lease SET renewed_at = clock_timestamp() - interval '10 seconds'",
        database.name,
      );
      const tookMs = await claimUntilWon(second.lease, 'standby', 3_000);
      assert.ok(tookMs < 2_500, `took ${tookMs} ms`);
      assert.equal(await leaseRow(database), 'standby-id');
      assert.equal(await first.lease.renew(old), false, 'the old holder learns it lost');
      assert.equal(first.lease.heldId(), old.id, 'and stays fenced');
      await assert.rejects(fencedWrite(first.pool, old.id), /another collector took over/);
      await fencedWrite(second.pool, 'standby-id');
    } finally {
      await close();
    }
  });

  it('takes over from a holder cut off by the network, whose session lingers', async () => {
    const database = await freshTestDatabase(cluster, 'network_cut');
    const proxy = await startTcpProxy(cluster.host, cluster.port);
    const config = { ...database.config, port: proxy.port };
    const cutPool = new pg.Pool({ ...config, max: 2 });
    cutPool.on('error', () => undefined);
    const cutOff = createPgLease(cutPool, async () => {
      const client = new pg.Client(config);
      await client.connect();
      return client;
    });
    const standby = leaseOn(database);
    try {
      const old = sampleHolder('cut off');
      assert.ok((await cutOff.claim(old, STALE_MS)).ok);
      proxy.cut();
      const refused = await standby.lease.claim(sampleHolder('standby'), STALE_MS);
      assert.equal(refused.ok, false, 'not before the lease is stale');
      const tookMs = await claimUntilWon(standby.lease, 'standby', STALE_MS + 2_000);
      assert.ok(tookMs >= STALE_MS - 500, `took ${tookMs} ms`);
      proxy.heal();
      assert.equal(await cutOff.renew(old), false, 'it learns it lost once back');
    } finally {
      proxy.heal();
      await cutOff.close();
      await cutPool.end();
      await standby.close();
      await proxy.close();
    }
  });

  it('does not end a holder that renews, however long it holds', async () => {
    const { first, second, close } = await twoCollectors('fresh');
    try {
      const active = sampleHolder('active');
      assert.ok((await first.lease.claim(active, STALE_MS)).ok);
      for (let round = 0; round < 3; round++) {
        await new Promise((resolve) => setTimeout(resolve, 700));
        assert.equal(await first.lease.renew(active), true);
        assert.equal((await second.lease.claim(sampleHolder('standby'), STALE_MS)).ok, false);
      }
    } finally {
      await close();
    }
  });

  it('keeps its claim across a server restart when no standby took it', async () => {
    const { first, close } = await twoCollectors('restart');
    try {
      const active = sampleHolder('active');
      assert.ok((await first.lease.claim(active, 60_000)).ok);
      await cluster.restart();
      assert.equal(await first.lease.renew(active), true);
      assert.equal(await first.lease.renew(active), true);
    } finally {
      await close();
    }
  });

  it('loses its claim across a server restart when a standby took it first', async () => {
    const { first, second, close } = await twoCollectors('restart_lost');
    try {
      const active = sampleHolder('active');
      assert.ok((await first.lease.claim(active, 60_000)).ok);
      await cluster.restart();
      assert.ok((await second.lease.claim(sampleHolder('standby'), 60_000)).ok);
      assert.equal(await first.lease.renew(active), false);
    } finally {
      await close();
    }
  });

  it('fences writes of a store that never held the lease', async () => {
    const database = await freshTestDatabase(cluster, 'fence_none');
    const pool = database.pool();
    try {
      await assert.rejects(fencedWrite(pool, 'nobody'), /another collector took over/);
    } finally {
      await pool.end();
    }
  });
});

/** A write in a transaction that first checks the lease, as an append or a publish does. */
async function fencedWrite(pool: pg.Pool, holderId: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await assertLeaseHolder(client, holderId);
    await client.query('UPDATE dijkwacht.head SET hash = hash WHERE id = 1');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
