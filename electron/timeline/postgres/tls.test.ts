import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { noteDraft } from '../sqlite/testing/sample-drafts.ts';
import { clusterUnavailable, startPgCluster, type PgCluster } from './testing/pg-cluster.ts';
import { databaseOf, freshDatabaseUrl, openTestStore } from './testing/test-store.ts';

const skip = clusterUnavailable() ?? false;
let cluster: PgCluster;
let url: string;

before(async () => {
  if (skip) return;
  cluster = await startPgCluster({ tls: true });
  url = await freshDatabaseUrl(cluster, 'tls');
  await (await openTestStore(cluster, url, { create: true })).close();
});
after(async () => {
  if (!skip) await cluster.remove();
});

/** The URL of the test database on `host`, with the query parameters given. */
const at = (host: string, query: string) =>
  `postgres://dijkwacht@${host}:${cluster.port}/${databaseOf(url)}?${query}`;

/** Opens, appends, and says whether the connection was encrypted. */
async function openedWith(target: string): Promise<boolean> {
  const store = await openTestStore(cluster, target);
  try {
    await store.append([noteDraft(target)]);
    const ssl = await cluster.sql(
      `SELECT bool_or(ssl) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE datname = '${databaseOf(url)}' AND usename = 'dijkwacht'`,
    );
    return ssl === 't';
  } finally {
    await store.close();
  }
}

async function refusal(target: string): Promise<string> {
  const error = await openTestStore(cluster, target).then(
    () => assert.fail(`expected ${target} to be refused`),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof StoreOpenError, String(error));
  return error.message;
}

describe('sslmode against a server with TLS', { skip }, () => {
  it('encrypts under prefer and require, and not under disable', async () => {
    assert.equal(await openedWith(at('127.0.0.1', 'sslmode=prefer')), true);
    assert.equal(await openedWith(at('127.0.0.1', 'sslmode=require')), true);
    assert.equal(await openedWith(at('127.0.0.1', 'sslmode=disable')), false);
  });

  it('verifies the chain under verify-ca, and the host name too under verify-full', async () => {
    const ca = cluster.caFile ?? '';
    assert.equal(await openedWith(at('127.0.0.1', `sslmode=verify-ca&sslrootcert=${ca}`)), true);
    assert.equal(await openedWith(at('localhost', `sslmode=verify-full&sslrootcert=${ca}`)), true);
    assert.equal(
      await refusal(at('127.0.0.1', `sslmode=verify-full&sslrootcert=${ca}`)),
      `dijkwacht@127.0.0.1:${cluster.port}/${databaseOf(url)}: TLS: the server certificate does not name this host (sslmode=verify-full)`,
    );
  });

  it('refuses a server whose CA is not the one trusted', async () => {
    const message = await refusal(at('127.0.0.1', 'sslmode=verify-ca&sslrootcert=system'));
    assert.match(
      message,
      /: TLS: the server certificate (is not signed by a trusted CA|chain is not trusted)/,
    );
  });
});
