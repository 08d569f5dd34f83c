import type { Ticket } from '../../../shared/signals/signals.ts';
import { SourceError } from '../source-error.ts';
import type { PollBudget } from './poll-budget.ts';
import { fetchIncidentPage, type TopdeskConnection } from './api.ts';

export interface PagingLimits {
  /** Rows asked per page; the server may send fewer (its own cap), and we follow what it sends. */
  readonly pageSize: number;
  /** The most rows one query may bring: a bound on memory, far above any real queue. */
  readonly maxRows: number;
  readonly budget: PollBudget;
  readonly signal: AbortSignal;
  readonly now: Date;
}

/**
 * Every incident matching `query`, page by page: 206 means more, 200 the last page, 204
 * nothing (docs/sources.md, "Paging"). The offset advances by the rows actually received, so a
 * server that caps the page size lower is still read exactly once. Any failed page fails
 * the whole read: the caller gets everything or an error, never a part.
 */
export async function fetchAllIncidents(
  connection: TopdeskConnection,
  query: string,
  limits: PagingLimits,
): Promise<Map<string, Ticket>> {
  const rows = new Map<string, Ticket>();
  let pageStart = 0;
  let previous = '';
  for (let pages = 0; ; pages++) {
    limits.signal.throwIfAborted();
    const deadlineMs = limits.budget.nextDeadlineMs(pages);
    const request = { query, pageStart, pageSize: limits.pageSize };
    const page = await fetchIncidentPage(connection, request, { ...limits, deadlineMs });
    addRows(rows, page.tickets, limits.maxRows);
    if (!page.more) return rows;
    previous = checkProgress(page.tickets, previous, pageStart);
    pageStart += page.tickets.length;
  }
}

/** Adds a page's rows; a row seen twice (it changed while we paged) keeps its later state. */
function addRows(rows: Map<string, Ticket>, tickets: readonly Ticket[], maxRows: number): void {
  for (const ticket of tickets) rows.set(ticket.id, ticket);
  if (rows.size > maxRows) {
    throw new SourceError('bad-payload', `more than ${maxRows} incidents match the query`);
  }
}

/**
 * A 206 page must move us on, or the loop would ask forever: an empty page, or the very
 * page we just had (a server ignoring pageStart, docs/sources.md, "Paging"), is refused.
 */
function checkProgress(tickets: readonly Ticket[], previous: string, pageStart: number): string {
  if (tickets.length === 0) {
    throw new SourceError(
      'bad-payload',
      `HTTP 206 (more pages) with an empty page at ${pageStart}`,
    );
  }
  const ids = tickets.map((ticket) => ticket.id).join('\n');
  if (ids === previous) {
    throw new SourceError(
      'bad-payload',
      `the page at ${pageStart} repeated the previous page: the server seems to ignore pageStart`,
    );
  }
  return ids;
}
