import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { FollowListener } from '../../../shared/timeline/war-room.ts';
import { followStore } from './pg-follow.ts';
import { freshTestDatabase, type TestDatabase } from './testing/ddl-for-tests.ts';
import { clusterUnavailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { startTcpProxy } from './testing/tcp-proxy.ts';

let cluster: PgCluster;
const skip = clusterUnavailable() ?? false;

before(async () => {
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
});

type Heard = readonly [callback: keyof FollowListener, argument?: number | string];

/** A listener that writes down every callback, and waits for the one a test expects. */
function recorder() {
  const heard: Heard[] = [];
  const listener: FollowListener = {
    onEvents: (lastSeq) => void heard.push(['onEvents', lastSeq]),
    onPublished: () => void heard.push(['onPublished']),
    onConnected: () => void heard.push(['onConnected']),
    onDisconnected: (error) => void heard.push(['onDisconnected', error]),
  };
  const count = (callback: keyof FollowListener) =>
    heard.filter(([name]) => name === callback).length;
  const waitFor = async (callback: keyof FollowListener, times: number, withinMs = 5_000) => {
    const started = performance.now();
    while (count(callback) < times) {
      if (performance.now() - started > withinMs) {
        assert.fail(
          `no ${callback} ×${times} within ${withinMs} ms; heard ${JSON.stringify(heard)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.now() - started;
  };
  return { heard, listener, waitFor };
}

/** Sends a NOTIFY from a connection of its own, as a collector's commit does. */
async function notify(database: TestDatabase, channel: string, payload: string): Promise<void> {
  const client = await database.connect();
  try {
    await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
  } finally {
    await client.end();
  }
}

describe('following a shared store', { skip }, () => {
  it('hears commits and publications, and ignores a payload that is no seq', async () => {
    const database = await freshTestDatabase(cluster, 'hear');
    const { heard, listener, waitFor } = recorder();
    const following = await followStore(database.connect, listener);
    try {
      assert.deepEqual(heard, [['onConnected']], 'connected before it resolved');
      for (const payload of ['abc', '0', '-3', '', '1.5', '99999999999999999999']) {
        await notify(database, 'dijkwacht_events', payload);
      }
      await notify(database, 'dijkwacht_events', '42');
      await notify(database, 'dijkwacht_published', '');
      await waitFor('onPublished', 1);
      assert.deepEqual(heard, [['onConnected'], ['onEvents', 42], ['onPublished']]);
    } finally {
      await following.stop();
    }
  });

  it('rejects when the first connection fails', async () => {
    const database = await freshTestDatabase(cluster, 'refused');
    const wrongPassword = async () => {
      const client = new pg.Client({ ...database.config, password: 'not-the-password' });
      await client.connect();
      return client;
    };
    const { heard, listener } = recorder();
    await assert.rejects(followStore(wrongPassword, listener), /password authentication failed/);
    assert.deepEqual(heard, []);
  });

  it('reconnects after a server restart, and says so once per loss', async () => {
    const database = await freshTestDatabase(cluster, 'restart');
    const { heard, listener, waitFor } = recorder();
    const following = await followStore(database.connect, listener, { retryMaxMs: 500 });
    try {
      await cluster.stop();
      await waitFor('onDisconnected', 1);
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // several failed retries
      await cluster.start();
      const reconnectMs = await waitFor('onConnected', 2);
      assert.ok(reconnectMs < 3_000, `reconnected in ${reconnectMs} ms`);
      const disconnected = heard.filter(([name]) => name === 'onDisconnected');
      assert.equal(disconnected.length, 1, 'once per loss');
      assert.doesNotMatch(String(disconnected[0]?.[1]), new RegExp(cluster.password));
      assert.doesNotMatch(String(disconnected[0]?.[1]), /\n/);
      await notify(database, 'dijkwacht_events', '7');
      await waitFor('onEvents', 1);
    } finally {
      await following.stop();
    }
  });

  it('finds a silent network cut by its probe', async () => {
    const database = await freshTestDatabase(cluster, 'cut');
    const proxy = await startTcpProxy(cluster.host, cluster.port);
    const viaProxy = async () => {
      const client = new pg.Client({ ...database.config, port: proxy.port });
      await client.connect();
      return client;
    };
    const { heard, listener, waitFor } = recorder();
    const following = await followStore(viaProxy, listener, { probeEveryMs: 200, retryMaxMs: 500 });
    try {
      proxy.cut();
      await waitFor('onDisconnected', 1, 5_000);
      assert.match(String(heard.at(-1)?.[1]), /did not answer/);
      proxy.heal();
      await waitFor('onConnected', 2, 5_000);
      await notify(database, 'dijkwacht_published', '');
      await waitFor('onPublished', 1);
    } finally {
      await following.stop();
      await proxy.close();
    }
  });

  it('says nothing after stop()', async () => {
    const database = await freshTestDatabase(cluster, 'stopped');
    const { heard, listener } = recorder();
    const following = await followStore(database.connect, listener, { probeEveryMs: 100 });
    await following.stop();
    await notify(database, 'dijkwacht_events', '5');
    await cluster.restart();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(heard, [['onConnected']]);
  });
});
