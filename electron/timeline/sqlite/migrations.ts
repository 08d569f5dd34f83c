import type { DatabaseSync } from 'node:sqlite';
import { immediateTransaction } from './transaction.ts';

/**
 * `PRAGMA application_id` of a Dijkwacht timeline ("Djkw"): tells our file from any other
 * SQLite database (sqlite.org/pragma.html#pragma_application_id). Set by migration 1, in the
 * same transaction as the tables, so a file has both or neither.
 */
export const APPLICATION_ID = 0x446a6b77;

/**
 * The schema's steps, in order; `PRAGMA user_version` is the number applied. Append only: a
 * shipped step never changes, since stores in the field already ran it.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     seq INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     kind TEXT NOT NULL,
     domain TEXT,
     source TEXT,
     actor TEXT NOT NULL,
     summary TEXT NOT NULL,
     data TEXT NOT NULL,
     ref_seq INTEGER,
     mark_key TEXT,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL
   ) STRICT;
   CREATE INDEX events_at ON events (at);
   CREATE INDEX events_domain ON events (domain);
   -- (kind, domain) and (kind, source) also find each group's newest event of a kind at once.
   CREATE INDEX events_kind_domain ON events (kind, domain);
   CREATE INDEX events_kind_source ON events (kind, source);
   -- With kind, "is this mark cleared?" is answered from the index alone (resumeState).
   CREATE INDEX events_ref_seq ON events (ref_seq, kind) WHERE ref_seq IS NOT NULL;
   CREATE TABLE collector_lease (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     holder_id TEXT NOT NULL,
     holder TEXT NOT NULL,
     renewed_at TEXT NOT NULL
   ) STRICT;
   PRAGMA application_id = ${APPLICATION_ID};`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: DatabaseSync): number {
  return Number(db.prepare('PRAGMA user_version').get()?.user_version ?? 0);
}

/**
 * Brings the schema up to this build's version, one step per transaction. The version is read
 * again inside each transaction, so two processes opening a new file at once apply each step
 * once; a step cut off by a crash rolls back whole.
 */
export function migrate(db: DatabaseSync): void {
  for (;;) {
    const applied = immediateTransaction(db, () => applyNextStep(db));
    if (!applied) return;
  }
}

function applyNextStep(db: DatabaseSync): boolean {
  const version = schemaVersion(db);
  const step = MIGRATIONS[version];
  if (step === undefined) return false;
  db.exec(step);
  db.exec(`PRAGMA user_version = ${version + 1}`);
  return true;
}
