import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in a write transaction taken up front (BEGIN IMMEDIATE), so it waits for the
 * write lock under busy_timeout instead of failing with SQLITE_BUSY halfway through a read
 * that turns into a write (sqlite.org/lang_transaction.html). Rolls back on any throw.
 */
export function immediateTransaction<T>(db: DatabaseSync, work: () => T): T {
  return inTransaction(db, 'BEGIN IMMEDIATE', work);
}

/**
 * Runs `work` in a read transaction: every query in it sees the same snapshot, whatever
 * another process commits meanwhile. Under WAL it blocks no writer.
 */
export function readTransaction<T>(db: DatabaseSync, work: () => T): T {
  return inTransaction(db, 'BEGIN DEFERRED', work);
}

function inTransaction<T>(db: DatabaseSync, begin: string, work: () => T): T {
  db.exec(begin);
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
