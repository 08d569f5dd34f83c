import type { DatabaseSync } from 'node:sqlite';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import type { EventFilter, EventQuery } from '../../../shared/timeline/timeline-store.ts';
import { whereClause } from './event-filter.ts';
import { EVENT_COLUMNS, rowsToEvents } from '../rows/rows.ts';

/** Events matching the query, in seq order (the primary key, so newest-first needs no sort). */
export function readEvents(db: DatabaseSync, query: EventQuery): TimelineEvent[] {
  const where = whereClause(query);
  const order = query.order === 'desc' ? 'DESC' : 'ASC';
  // LIMIT -1 is SQLite's "no limit", needed for an OFFSET on its own.
  const limit = pagingNumber('limit', query.limit) ?? -1;
  const offset = pagingNumber('offset', query.offset) ?? 0;
  const rows = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events ${where.sql} ORDER BY seq ${order} LIMIT ? OFFSET ?`,
    )
    .all(...where.params, limit, offset);
  return rowsToEvents(rows);
}

export function countEvents(db: DatabaseSync, filter: EventFilter): number {
  const where = whereClause(filter);
  const row = db.prepare(`SELECT count(*) AS n FROM events ${where.sql}`).get(...where.params);
  return Number(row?.n ?? 0);
}

export function lastSeq(db: DatabaseSync): number {
  return Number(db.prepare('SELECT max(seq) AS seq FROM events').get()?.seq ?? 0);
}

function pagingNumber(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of at least 0`);
  }
  return value;
}
