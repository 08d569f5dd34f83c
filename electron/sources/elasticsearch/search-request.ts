import type { SourceConfigOf } from '../source-client.ts';

/**
 * One `_search` per configured query gives both numbers the dashboard needs: the exact
 * count (`track_total_hits: true`; without it hits.total stops at 10,000) and the
 * per-minute series (`min_doc_count: 0` with `extended_bounds`, so quiet minutes are zeros
 * instead of gaps): docs/sources.md, "Counting".
 */

export type ElasticsearchConfig = SourceConfigOf<'elasticsearch'>;
export type ElasticsearchQuery = ElasticsearchConfig['queries'][number];

export const MINUTE_MS = 60_000;
/** Longer windows get no series: a chart has no use for more points, ES caps buckets anyway. */
export const MAX_HISTOGRAM_MINUTES = 24 * 60;
export const HISTOGRAM_NAME = 'per_minute';

export interface QueryWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

/** [now − window, now): the upper bound is exclusive, so adjacent windows never share a document. */
export function queryWindow(now: Date, windowMs: number): QueryWindow {
  return { fromMs: now.getTime() - windowMs, toMs: now.getTime() };
}

export function wantsHistogram(window: QueryWindow): boolean {
  return window.toMs - window.fromMs <= MAX_HISTOGRAM_MINUTES * MINUTE_MS;
}

/**
 * `/{index}/_search`. A wildcard pattern may match nothing yet (early in the day), so it gets
 * ignore_unavailable/allow_no_indices; a concrete name does not, so a typo is a 404
 * (index_not_found_exception) instead of a silent zero.
 */
export function searchPath(index: string): string {
  const path = `/${encodeURIComponent(index)}/_search`;
  return index.includes('*') ? `${path}?ignore_unavailable=true&allow_no_indices=true` : path;
}

export function searchBody(
  query: ElasticsearchQuery,
  window: QueryWindow,
  timeoutMs: number,
): unknown {
  const from = new Date(window.fromMs).toISOString();
  const to = new Date(window.toMs).toISOString();
  const filter = [
    { query_string: { query: query.query } },
    { range: { [query.timeField]: { gte: from, lt: to, format: 'strict_date_optional_time' } } },
  ];
  return {
    size: 0,
    track_total_hits: true,
    // A soft limit: when hit, ES answers 200 with timed_out: true (docs/sources.md, "Partial results").
    timeout: `${Math.max(1, Math.floor(timeoutMs))}ms`,
    query: { bool: { filter } },
    ...(wantsHistogram(window)
      ? { aggs: { [HISTOGRAM_NAME]: histogram(query.timeField, window) } }
      : {}),
  };
}

function histogram(field: string, window: QueryWindow): unknown {
  return {
    date_histogram: {
      field,
      fixed_interval: '1m',
      min_doc_count: 0,
      // Epoch ms: the last bucket is the one holding to − 1 ms, as the range is exclusive.
      extended_bounds: { min: window.fromMs, max: window.toMs - 1 },
    },
  };
}

/** `ApiKey <encoded>` (the value Elasticsearch returns as `encoded`) or Basic; none without credentials. */
export function authorizationHeader(config: ElasticsearchConfig): string | null {
  if (config.apiKey) return `ApiKey ${config.apiKey.reveal()}`;
  if (config.username && config.password) {
    const pair = `${config.username}:${config.password.reveal()}`;
    return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  }
  return null;
}
