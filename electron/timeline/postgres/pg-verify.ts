import type pg from 'pg';
import type { VerifyReport } from '../../../shared/timeline/timeline-store.ts';
import { GENESIS_HASH } from '../event-hash.ts';
import { rowProblem } from '../rows/row-problem.ts';
import { ALL_COLUMNS, type EventRow } from '../rows/rows.ts';
import { pgTransaction } from './pg-transaction.ts';

/** Rows per round trip: memory stays flat however long the timeline. */
const PAGE_SIZE = 1000;

/**
 * The hash chain from seq 1 on, checked row by row as the SQLite store checks it
 * (rows/row-problem.ts), then the head row against the last event: a removed newest event
 * leaves the chain whole but the head ahead of it. One REPEATABLE READ snapshot throughout.
 * `describe` turns a server failure into words (never a password).
 */
export async function verifyPgStore(
  pool: pg.Pool,
  describe: (error: unknown) => string,
): Promise<VerifyReport> {
  try {
    return await pgTransaction(
      pool,
      async (client) => {
        const walked = await walkChain(client);
        if (!walked.report.ok) return walked.report;
        return checkHead(client, walked.report.events, walked.lastHash);
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  } catch (error) {
    return { ok: false, events: 0, brokenSeq: null, problem: `the server ${describe(error)}` };
  }
}

async function walkChain(client: pg.ClientBase) {
  let events = 0;
  let prevHash = GENESIS_HASH;
  let after: number | null = null;
  for (;;) {
    const page: pg.QueryResult<EventRow> = await client.query<EventRow>(
      `SELECT ${ALL_COLUMNS} FROM dijkwacht.events
       WHERE $1::bigint IS NULL OR seq > $1 ORDER BY seq LIMIT $2`,
      [after, PAGE_SIZE],
    );
    for (const row of page.rows) {
      const problem = rowProblem(row, events + 1, prevHash);
      if (problem !== null) {
        return { report: { ok: false, events, ...problem } as VerifyReport, lastHash: prevHash };
      }
      events++;
      prevHash = row.hash;
      after = row.seq;
    }
    if (page.rows.length < PAGE_SIZE)
      return { report: { ok: true, events } as VerifyReport, lastHash: prevHash };
  }
}

async function checkHead(
  client: pg.ClientBase,
  events: number,
  lastHash: string,
): Promise<VerifyReport> {
  const head = (
    await client.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM dijkwacht.head WHERE id = 1',
    )
  ).rows[0];
  if (head === undefined)
    return { ok: false, events, brokenSeq: null, problem: 'the head row is missing' };
  if (head.seq > events) {
    const missing = head.seq === events + 1 ? `${head.seq}` : `${events + 1}–${head.seq}`;
    return {
      ok: false,
      events,
      brokenSeq: events + 1,
      problem: `seq ${missing} missing (the head says ${head.seq})`,
    };
  }
  if (head.seq !== events || head.hash !== lastHash) {
    const brokenSeq = Math.min(head.seq + 1, events);
    return {
      ok: false,
      events,
      brokenSeq,
      problem: `the head (seq ${head.seq}) does not match the last event`,
    };
  }
  return { ok: true, events };
}
