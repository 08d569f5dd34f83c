import type { StatusCakeCheck, StatusCakePeriod } from './dataset.ts';
import {
  errorAnswer,
  INVALID_PARAMETERS,
  readInt,
  readLimit,
  type StatusCakeAnswer,
} from './answers.ts';

/**
 * GET /v1/uptime/{id}/periods: newest first, time-cursor paged. `before` and `after` are
 * UNIX seconds; `links.next` carries the `before` of the next, older page.
 */
export function listPeriods(check: StatusCakeCheck, url: URL): StatusCakeAnswer {
  const limit = readLimit(url.searchParams);
  const before = readInt(url.searchParams.get('before'), Number.MAX_SAFE_INTEGER);
  const after = readInt(url.searchParams.get('after'), 0);
  if (limit === null || limit < 1 || before === null || after === null) {
    return errorAnswer(400, INVALID_PARAMETERS, { limit: ['must be between 1 and 100'] });
  }
  const inRange = check.periods
    .filter((period) => seconds(period.startedAt) < before && seconds(period.startedAt) > after)
    .reverse();
  const page = inRange.slice(0, limit);
  const links: Record<string, string> = { self: url.href };
  const oldest = page.at(-1);
  if (oldest && inRange.length > limit) links.next = withBefore(url, seconds(oldest.startedAt));
  return { status: 200, body: { data: page.map(periodJson), links } };
}

function periodJson(period: StatusCakePeriod): Record<string, unknown> {
  const ended =
    period.endedAt === null
      ? {}
      : { ended_at: iso(period.endedAt), duration: period.endedAt - period.startedAt };
  return { created_at: iso(period.startedAt), ...ended, status: period.status };
}

function withBefore(url: URL, before: number): string {
  const next = new URL(url.href);
  next.searchParams.set('before', String(before));
  return next.href;
}

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** RFC 3339 without milliseconds, as StatusCake writes times. */
function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
