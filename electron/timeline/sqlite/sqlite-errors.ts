import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';

/** Primary result codes (sqlite.org/rescode.html) that have a message of their own. */
const MESSAGES: Readonly<Record<number, string>> = {
  5: 'is locked by another process for longer than the busy timeout',
  8: 'cannot be written (read-only file or folder)',
  10: 'cannot be read or written (disk I/O error)',
  11: 'is damaged (SQLite reports a malformed database); not opened, not changed',
  13: 'cannot be written: the disk is full',
  14: 'cannot be opened (missing folder or no permission)',
  26: 'is not a Dijkwacht timeline (its SQLite header is unreadable); not opened, not changed',
};

/** Extended codes (sqlite.org/rescode.html#extrc) that need saying better than their primary. */
const EXTENDED_MESSAGES: Readonly<Record<number, string>> = {
  // SQLITE_READONLY_RECOVERY and _ROLLBACK: a crash left a journal only a writer can replay.
  264: 'was left mid-write by a crash; the collector recovers it on its next start',
  776: 'was left mid-write by a crash; the collector recovers it on its next start',
};

/** node:sqlite's errors carry SQLite's result code as `errcode` (extended codes included). */
export function sqliteResultCode(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code : null;
}

/** One line for a person: what happened to the file, never a stack trace. */
export function describeSqliteError(error: unknown): string {
  const code = sqliteResultCode(error);
  const message = code === null ? undefined : (EXTENDED_MESSAGES[code] ?? MESSAGES[code & 0xff]);
  if (message !== undefined) return message;
  const detail = error instanceof Error ? error.message : String(error);
  return `cannot be opened (${detail.split('\n')[0]})`;
}

/** Runs `step`; an SQLite failure becomes a StoreOpenError naming the file. */
export function asOpenError<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(file, describeSqliteError(error));
  }
}
