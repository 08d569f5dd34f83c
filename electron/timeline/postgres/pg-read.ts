import type pg from 'pg';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import type { EventFilter, EventQuery } from '../../../shared/timeline/timeline-store.ts';
import { EVENT_COLUMNS, rowsToEvents } from '../rows/rows.ts';
import { pgWhereClause } from './pg-filter.ts';

/** Anything that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

/** Events matching the query, in seq order, paged as the SQLite store pages. */
export async function readPgEvents(db: Queryable, query: EventQuery): Promise<TimelineEvent[]> {
  const where = pgWhereClause(query);
  const order = query.order === 'desc' ? 'DESC' : 'ASC';
  // LIMIT NULL is PostgreSQL's "no limit", needed for an OFFSET on its own.
  const limit = pagingNumber('limit', query.limit) ?? null;
  const offset = pagingNumber('offset', query.offset) ?? 0;
  const next = where.params.length + 1;
  const result = await db.query(
    `SELECT ${EVENT_COLUMNS} FROM dijkwacht.events ${where.sql}
     ORDER BY seq ${order} LIMIT $${next} OFFSET $${next + 1}`,
    [...where.params, limit, offset],
  );
  return rowsToEvents(result.rows);
}

export async function countPgEvents(db: Queryable, filter: EventFilter): Promise<number> {
  const where = pgWhereClause(filter);
  const result = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM dijkwacht.events ${where.sql}`,
    where.params,
  );
  return Number(result.rows[0]?.n ?? 0);
}

export async function lastPgSeq(db: Queryable): Promise<number> {
  const result = await db.query<{ seq: number | null }>(
    'SELECT max(seq) AS seq FROM dijkwacht.events',
  );
  return Number(result.rows[0]?.seq ?? 0);
}

function pagingNumber(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number of at least 0`);
  }
  return value;
}
