import type { DatabaseSync } from 'node:sqlite';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';

/** How long a writer waits for another process's write lock (collector and CLI share a file). */
export const BUSY_TIMEOUT_MS = 5000;
/** `PRAGMA synchronous` reads back as a number; 2 is FULL (sqlite.org/pragma.html#pragma_synchronous). */
const SYNCHRONOUS_FULL = 2;

export interface ConnectionSettings {
  readonly journalMode: string;
  readonly synchronous: number;
  readonly busyTimeoutMs: number;
  readonly foreignKeys: boolean;
}

/**
 * WAL, so readers (export, verify) never block the collector nor it them; synchronous=FULL,
 * so a commit is on disk when COMMIT returns, power cut included. Both are read back: SQLite
 * quietly keeps another journal mode where WAL cannot work (a network share without shared
 * memory), and then our durability promise would not hold.
 */
export function applySettings(file: string, db: DatabaseSync, readOnly: boolean): void {
  // journal_mode=WAL is stored in the file; a read-only connection cannot set it but reads it.
  if (!readOnly) db.exec('PRAGMA journal_mode = WAL');
  db.exec(
    `PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  );
  const settings = readSettings(db);
  if (settings.journalMode !== 'wal') {
    throw new StoreOpenError(
      file,
      `cannot use write-ahead logging here (journal mode is ${settings.journalMode}); put the timeline on a local disk`,
    );
  }
  if (settings.synchronous !== SYNCHRONOUS_FULL) {
    throw new StoreOpenError(file, `SQLite refused synchronous=FULL (got ${settings.synchronous})`);
  }
}

export function readSettings(db: DatabaseSync): ConnectionSettings {
  const value = (pragma: string) => Object.values(db.prepare(`PRAGMA ${pragma}`).get() ?? {})[0];
  return {
    journalMode: String(value('journal_mode')),
    synchronous: Number(value('synchronous')),
    busyTimeoutMs: Number(value('busy_timeout')),
    foreignKeys: Number(value('foreign_keys')) === 1,
  };
}
