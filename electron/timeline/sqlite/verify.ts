import type { DatabaseSync } from 'node:sqlite';
import type { VerifyReport } from '../../../shared/timeline/timeline-store.ts';
import { GENESIS_HASH } from '../event-hash.ts';
import { rowProblem } from '../rows/row-problem.ts';
import { ALL_COLUMNS, type EventRow } from '../rows/rows.ts';
import { describeSqliteError } from './sqlite-errors.ts';
import { readTransaction } from './transaction.ts';

/**
 * SQLite's own integrity check, then the hash chain from seq 1 on, in one read snapshot. Rows
 * stream one at a time, so memory stays flat however long the timeline. `events` counts the
 * events that held before the first failure.
 */
export function verifyStore(db: DatabaseSync): VerifyReport {
  try {
    return readTransaction(db, () => {
      const integrity = firstIntegrityMessage(db);
      if (integrity !== 'ok') return engineFault(`SQLite integrity check: ${integrity}`);
      return walkChain(db);
    });
  } catch (error) {
    return engineFault(`the file ${describeSqliteError(error)}`);
  }
}

function firstIntegrityMessage(db: DatabaseSync): string {
  const row = db.prepare('PRAGMA integrity_check(1)').get();
  return String(Object.values(row ?? {})[0] ?? 'no answer');
}

function walkChain(db: DatabaseSync): VerifyReport {
  let events = 0;
  let prevHash = GENESIS_HASH;
  for (const row of db.prepare(`SELECT ${ALL_COLUMNS} FROM events ORDER BY seq`).iterate()) {
    const eventRow = row as unknown as EventRow;
    const problem = rowProblem(eventRow, events + 1, prevHash);
    if (problem !== null) return { ok: false, events, ...problem };
    events++;
    prevHash = eventRow.hash;
  }
  return { ok: true, events };
}

function engineFault(problem: string): VerifyReport {
  return { ok: false, events: 0, brokenSeq: null, problem };
}
