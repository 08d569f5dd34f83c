import type pg from 'pg';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { GENESIS_HASH } from '../event-hash.ts';

/**
 * The schema's steps, in order; `dijkwacht.schema_version` holds the number applied. Append
 * only, as the SQLite ones (sqlite/migrations.ts): a shipped step never changes. Everything
 * lives in the schema `dijkwacht`, so a shared database's other tables are never touched.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE SCHEMA IF NOT EXISTS dijkwacht;
   CREATE TABLE dijkwacht.schema_version (version integer NOT NULL);
   INSERT INTO dijkwacht.schema_version (version) VALUES (0);
   CREATE TABLE dijkwacht.events (
     seq bigint PRIMARY KEY,
     -- Byte order, as SQLite compares: the from/to filters compare UTC text, whatever the
     -- database's locale.
     at text COLLATE "C" NOT NULL,
     kind text NOT NULL,
     domain text,
     source text,
     actor text NOT NULL,
     summary text NOT NULL,
     data text NOT NULL,
     ref_seq bigint,
     mark_key text,
     prev_hash text NOT NULL,
     hash text NOT NULL
   );
   CREATE INDEX events_at ON dijkwacht.events (at);
   CREATE INDEX events_domain ON dijkwacht.events (domain);
   CREATE INDEX events_kind_domain ON dijkwacht.events (kind, domain);
   CREATE INDEX events_kind_source ON dijkwacht.events (kind, source);
   CREATE INDEX events_ref_seq ON dijkwacht.events (ref_seq, kind) WHERE ref_seq IS NOT NULL;
   -- One row every append locks FOR UPDATE: it serialises appenders across processes and
   -- gives the newest seq and hash in one read.
   CREATE TABLE dijkwacht.head (
     id integer PRIMARY KEY CHECK (id = 1),
     seq bigint NOT NULL,
     hash text NOT NULL
   );
   INSERT INTO dijkwacht.head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}');
   CREATE TABLE dijkwacht.collector_lease (
     id integer PRIMARY KEY CHECK (id = 1),
     holder_id text NOT NULL,
     holder text NOT NULL,
     lock_pid integer NOT NULL,
     renewed_at timestamptz NOT NULL
   );
   CREATE TABLE dijkwacht.published (
     id integer PRIMARY KEY CHECK (id = 1),
     holder text NOT NULL,
     publication text NOT NULL,
     published_at timestamptz NOT NULL
   );`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * The transaction-level advisory lock migrations take ("Djkm"; the collector's session lock
 * is "Djkw"), so two collectors starting at once apply each step once.
 */
export const MIGRATION_LOCK = 0x446a6b6d;

const NO_TIMELINE =
  'no Dijkwacht timeline in this database; the collector creates it on its first start';

/** The applied schema version, or null where this database has no timeline. */
export async function schemaVersion(client: pg.ClientBase): Promise<number | null> {
  const table = await client.query<{ present: boolean }>(
    "SELECT to_regclass('dijkwacht.schema_version') IS NOT NULL AS present",
  );
  if (table.rows[0]?.present !== true) return null;
  const row = await client.query<{ version: number }>(
    'SELECT version FROM dijkwacht.schema_version',
  );
  return row.rows[0]?.version ?? 0;
}

/**
 * Refuses a database this build cannot share: no timeline, or one of another schema
 * version. A seat and a collector of different versions must not write the same tables, so
 * an older schema is refused too (only the collector's migrate() brings it up). Seats call
 * it again after every reconnect: a newer collector may have migrated meanwhile.
 */
export async function checkSchemaVersion(
  client: pg.ClientBase,
  location: string = clientLocation(client),
): Promise<void> {
  const version = await schemaVersion(client);
  if (version === null) throw new StoreOpenError(location, NO_TIMELINE, 'no-timeline');
  refuseOtherVersion(location, version, 'start the newest collector first');
}

/** user@host:port/database of a connected client, as describeServer() names it. */
function clientLocation(client: pg.ClientBase): string {
  const { user, host, port, database } = client as Partial<pg.Client>;
  return `${user ?? '?'}@${host ?? '?'}:${port ?? '?'}/${database ?? '?'}`;
}

/**
 * Refuses a write to a schema this build does not know: a newer collector may have migrated
 * the database since this store opened it. Append calls it under the head lock.
 */
export function assertWritableSchema(location: string, version: number): void {
  if (version === SCHEMA_VERSION) return;
  throw new StoreOpenError(
    location,
    `the schema changed to ${version} since this store was opened (this build knows ${SCHEMA_VERSION}); nothing written: restart with the matching Dijkwacht`,
    'schema',
  );
}

/**
 * Brings the schema up to this build's version, one step per transaction under the
 * migration lock, reading the version again inside each: a step is applied once, and one
 * cut off by a crash rolls back whole (PostgreSQL's DDL is transactional).
 */
export async function migrate(client: pg.ClientBase, location: string): Promise<void> {
  for (;;) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const applied = await applyNextStep(client, location);
      await client.query('COMMIT');
      if (!applied) return;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

async function applyNextStep(client: pg.ClientBase, location: string): Promise<boolean> {
  const version = (await schemaVersion(client)) ?? 0;
  refuseOtherVersion(location, version, '');
  const step = MIGRATIONS[version];
  if (step === undefined) return false;
  await client.query(step);
  await client.query('UPDATE dijkwacht.schema_version SET version = $1', [version + 1]);
  return true;
}

/** `older` says what to do about an older schema; '' where an older one is not refused. */
function refuseOtherVersion(location: string, version: number, older: string): void {
  if (version > SCHEMA_VERSION) {
    throw new StoreOpenError(
      location,
      `written by a newer Dijkwacht (schema ${version}; this build knows ${SCHEMA_VERSION}); not opened, not changed`,
      'schema',
    );
  }
  if (version < SCHEMA_VERSION && older !== '') {
    throw new StoreOpenError(
      location,
      `schema ${version} is older than this build's ${SCHEMA_VERSION}: ${older}`,
      'schema',
    );
  }
}
