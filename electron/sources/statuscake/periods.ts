import { err, ok, type Result } from '../../../shared/result.ts';
import { describeIssue, periodsPageSchema, toUtcIso } from './payloads.ts';

/** One up or down period of a check; `endedAt` null means it is still running. */
export interface Period {
  readonly status: 'up' | 'down';
  readonly startedAt: string;
  readonly endedAt: string | null;
}

/** One page of `GET /v1/uptime/{id}/periods`, newest first. */
export interface PeriodsPage {
  readonly periods: readonly Period[];
  /** The `before` cursor (UNIX seconds) of the next, older page; null on the last page. */
  readonly nextBefore: string | null;
}

/** Any JSON value → a page of periods with UTC times, or why not. Never throws. */
export function parsePeriodsPage(value: unknown): Result<PeriodsPage, string> {
  const parsed = periodsPageSchema.safeParse(value);
  if (!parsed.success) return err(describeIssue('the periods page', parsed.error));
  const periods: Period[] = [];
  for (const [index, item] of parsed.data.data.entries()) {
    const startedAt = toUtcIso(item.created_at);
    const endedAt = item.ended_at ? toUtcIso(item.ended_at) : null;
    if (startedAt === null || (item.ended_at && endedAt === null)) {
      return err(`the periods page has a time out of range at data[${index}]`);
    }
    periods.push({ status: item.status, startedAt, endedAt });
  }
  return ok({ periods, nextBefore: nextBefore(parsed.data.links?.next, periods) });
}

/**
 * The cursor of links.next. Only its `before` is used: the next URL itself is never
 * requested, so a payload cannot send our token to another host.
 */
function nextBefore(next: string | null | undefined, periods: readonly Period[]): string | null {
  if (!next || periods.length === 0) return null;
  const before = URL.parse(next, 'http://cursor.invalid/')?.searchParams.get('before');
  if (before && /^\d{1,12}$/.test(before)) return before;
  const oldest = Math.min(...periods.map((period) => Date.parse(period.startedAt)));
  return oldest >= 0 ? String(Math.floor(oldest / 1000)) : null;
}

/** The period still running (no ended_at); the newest one if the source lists several. */
export function openPeriod(periods: readonly Period[]): Period | null {
  let open: Period | null = null;
  for (const period of periods) {
    if (period.endedAt !== null) continue;
    if (open === null || Date.parse(period.startedAt) > Date.parse(open.startedAt)) open = period;
  }
  return open;
}
