import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { tempFolder, type TempFolder } from '../sqlite/testing/temp-folder.ts';
import { noteDraft } from '../sqlite/testing/sample-drafts.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import { openPostgresStore } from './postgres-store.ts';
import {
  clusterUnavailable,
  freePort,
  startPgCluster,
  type PgCluster,
} from './testing/pg-cluster.ts';
import { databaseOf, freshDatabaseUrl, openTestStore } from './testing/test-store.ts';

const skip = clusterUnavailable() ?? false;
let cluster: PgCluster;
let folder: TempFolder;

before(async () => {
  folder = await tempFolder('pg-open');
  // Only what a test gives: no password from this machine's environment or ~/.pgpass.
  delete process.env.PGPASSWORD;
  process.env.PGPASSFILE = folder.file('no-such-pgpass');
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
  await folder.remove();
});

/** The one-line StoreOpenError an open is refused with. */
async function refusal(opening: Promise<unknown>): Promise<StoreOpenError> {
  const error = await opening.then(
    () => assert.fail('expected the open to be refused'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof StoreOpenError, String(error));
  assert.doesNotMatch(error.message, /\n/);
  assert.ok(!error.message.includes(cluster.password), 'the password must never be said');
  return error;
}

const server = (database: string, port = cluster.port) => `dijkwacht@127.0.0.1:${port}/${database}`;

describe('opening a PostgreSQL timeline', { skip }, () => {
  it('refuses a wrong password in one line naming the server', async () => {
    const url = await freshDatabaseUrl(cluster, 'wrongpw');
    const wrong = `${cluster.password}-not`;
    const error = await refusal(openPostgresStore(url, { password: wrong, create: true }));
    assert.equal(
      error.message,
      `${server(databaseOf(url))}: the password was refused (PGPASSWORD, ~/.pgpass or the config's password)`,
    );
    assert.ok(!error.message.includes(wrong));
  });

  it('says when no password was given at all', async () => {
    const url = await freshDatabaseUrl(cluster, 'nopw');
    const error = await refusal(openPostgresStore(url, { create: true }));
    assert.match(error.message, /: the server asks for a password and none was given/);
  });

  it('takes the password from PGPASSWORD, then from a private .pgpass file', async () => {
    const url = await freshDatabaseUrl(cluster, 'libpq');
    process.env.PGPASSWORD = cluster.password;
    try {
      await (await openPostgresStore(url, { create: true })).close();
    } finally {
      delete process.env.PGPASSWORD;
    }
    const pgpass = folder.file('pgpass');
    await writeFile(pgpass, `# test\n127.0.0.1:${cluster.port}:*:dijkwacht:${cluster.password}\n`, {
      mode: 0o600,
    });
    process.env.PGPASSFILE = pgpass;
    try {
      await (await openPostgresStore(url)).close();
      await chmod(pgpass, 0o644);
      const error = await refusal(openPostgresStore(url));
      assert.match(error.message, /pgpass ignored: group or others may read it \(chmod 0600 it\)$/);
    } finally {
      process.env.PGPASSFILE = folder.file('no-such-pgpass');
    }
  });

  it('refuses a missing database, an unreachable server and a password in the URL', async () => {
    const missing = await refusal(openTestStore(cluster, cluster.url('nergens'), { create: true }));
    assert.equal(missing.message, `${server('nergens')}: the database does not exist`);
    const port = await freePort();
    const unreachable = await refusal(
      openTestStore(cluster, `postgres://dijkwacht@127.0.0.1:${port}/warroom`),
    );
    assert.equal(
      unreachable.message,
      `${server('warroom', port)}: the server cannot be reached (connection refused: is PostgreSQL running on that port?)`,
    );
    const inUrl = await refusal(
      openPostgresStore(
        `postgres://dijkwacht:${cluster.password}@127.0.0.1:${cluster.port}/warroom`,
      ),
    );
    assert.equal(
      inUrl.message,
      `${server('warroom')}: the URL carries a password: put the password in PGPASSWORD or ~/.pgpass, or the config's store: { password: { env: NAME } } — never in the URL`,
    );
  });

  it('refuses a database without a timeline unless creating it, and creates nothing', async () => {
    const url = await freshDatabaseUrl(cluster, 'bare');
    const expected = `${server(databaseOf(url))}: no Dijkwacht timeline in this database; the collector creates it on its first start`;
    for (const options of [{}, { readOnly: true }, { readOnly: true, create: true }]) {
      const refused = await refusal(openTestStore(cluster, url, options));
      assert.deepEqual([refused.message, refused.reason], [expected, 'no-timeline']);
    }
    assert.equal(
      await cluster.sql("SELECT to_regnamespace('dijkwacht') IS NULL", databaseOf(url)),
      't',
    );
  });

  it('refuses a newer schema, and an older one unless it is the collector migrating', async () => {
    const url = await freshDatabaseUrl(cluster, 'versions');
    await (await openTestStore(cluster, url, { create: true })).close();
    const database = databaseOf(url);
    await cluster.sql('UPDATE dijkwacht.schema_version SET version = 99', database);
    for (const options of [{}, { create: true }, { readOnly: true }]) {
      const refused = await refusal(openTestStore(cluster, url, options));
      assert.deepEqual(
        [refused.message, refused.reason],
        [
          `${server(database)}: written by a newer Dijkwacht (schema 99; this build knows ${SCHEMA_VERSION}); not opened, not changed`,
          'schema',
        ],
      );
    }
    assert.equal(await cluster.sql('SELECT version FROM dijkwacht.schema_version', database), '99');
    // A store opened before a newer collector migrated writes nothing more.
    await cluster.sql(`UPDATE dijkwacht.schema_version SET version = ${SCHEMA_VERSION}`, database);
    const seat = await openTestStore(cluster, url);
    await cluster.sql('UPDATE dijkwacht.schema_version SET version = 99', database);
    await assert.rejects(seat.append([noteDraft('van een oude stoel')]), {
      name: 'StoreOpenError',
      reason: 'schema',
      message: `${server(database)}: the schema changed to 99 since this store was opened (this build knows ${SCHEMA_VERSION}); nothing written: restart with the matching Dijkwacht`,
    });
    assert.equal(await seat.lastSeq(), 0);
    await seat.close();
    await cluster.sql(
      `UPDATE dijkwacht.schema_version SET version = ${SCHEMA_VERSION - 1}`,
      database,
    );
    assert.equal(
      (await refusal(openTestStore(cluster, url))).message,
      `${server(database)}: schema ${SCHEMA_VERSION - 1} is older than this build's ${SCHEMA_VERSION}: start the newest collector first`,
    );
  });

  it('falls back to a plain connection under sslmode=prefer, and refuses one under require', async () => {
    const url = await freshDatabaseUrl(cluster, 'ssl');
    await (await openTestStore(cluster, `${url}?sslmode=prefer`, { create: true })).close();
    await (await openTestStore(cluster, `${url}?sslmode=disable`)).close();
    const error = await refusal(openTestStore(cluster, `${url}?sslmode=require`));
    assert.equal(
      error.message,
      `${server(databaseOf(url))}: does not offer TLS, which sslmode requires`,
    );
  });
});
