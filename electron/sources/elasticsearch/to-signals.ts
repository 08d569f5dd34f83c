import type { z } from 'zod';
import { formatPath } from '../../../shared/config/config-issues.ts';
import { err, ok, type Result } from '../../../shared/result.ts';
import { queryResultSchema, type QueryResult } from '../../../shared/signals/signals.ts';
import {
  HISTOGRAM_NAME,
  MAX_HISTOGRAM_MINUTES,
  MINUTE_MS,
  type QueryWindow,
} from './search-request.ts';
import { failureSchema, searchResponseSchema, type SearchResponse } from './payloads.ts';

/**
 * A `_search` answer (size 0, track_total_hits, a per-minute date_histogram) → QueryResult.
 * Pure and total: any JSON gives either a valid QueryResult or the reason there is none.
 * A 200 is not the truth by itself (docs/sources.md, "Partial results"): a timed-out search, failed
 * shards or a capped total give a result marked degraded, with the reason in words.
 */

export interface SearchExpectation extends QueryWindow {
  readonly id: string;
  readonly index: string;
  readonly histogram: boolean;
}

export function parseSearchResponse(
  value: unknown,
  expected: SearchExpectation,
): Result<QueryResult, string> {
  const parsed = searchResponseSchema.safeParse(value);
  if (!parsed.success) return err(describeIssue(parsed.error.issues[0]));
  const response = parsed.data;
  const total =
    typeof response.hits.total === 'number' ? response.hits.total : response.hits.total.value;
  const histogram = expected.histogram ? perMinute(response, total, expected) : ok([]);
  if (!histogram.ok) return histogram;
  const reasons = degradedReasons(response, expected);
  const result = queryResultSchema.safeParse({
    id: expected.id,
    count: total,
    from: isoOf(expected.fromMs),
    to: isoOf(expected.toMs),
    degraded: reasons.length > 0,
    degradedReason: reasons.length > 0 ? reasons.join('; ') : null,
    histogram: histogram.value,
  });
  return result.success
    ? ok(result.data)
    : err(`the result is not usable: ${describeIssue(result.error.issues[0])}`);
}

function degradedReasons(response: SearchResponse, expected: SearchExpectation): string[] {
  const reasons: string[] = [];
  const { total: shards, failed } = response._shards;
  if (response.timed_out) reasons.push('the search timed out, so the count is a lower bound');
  if (failed > 0)
    reasons.push(
      `${failed} of ${shards} shards failed${firstFailure(response)}, so the count is a lower bound`,
    );
  const hits = response.hits.total;
  if (typeof hits === 'object' && hits.relation === 'gte') {
    reasons.push(`Elasticsearch counted only up to ${hits.value}, so the count is a lower bound`);
  }
  // Zero shards searched: the pattern matched no index, so "0" says nothing about the logs.
  if (shards === 0) reasons.push(`no index matches "${expected.index}"`);
  return reasons;
}

function firstFailure(response: SearchResponse): string {
  const failure = failureSchema.safeParse(response._shards.failures?.[0]);
  const reason = failure.success ? failure.data.reason : undefined;
  const text = [reason?.type, reason?.reason].filter(Boolean).join(': ');
  return text ? ` (${text.length > 160 ? `${text.slice(0, 159)}…` : text})` : '';
}

/** One point per minute of the window, oldest first; a minute ES did not return counts 0. */
function perMinute(
  response: SearchResponse,
  total: number,
  expected: SearchExpectation,
): Result<{ at: string; count: number }[], string> {
  const buckets = response.aggregations?.[HISTOGRAM_NAME]?.buckets;
  // No shard searched → ES may leave out the aggregation; with documents counted it is missing for real.
  if (!buckets && total > 0) return err(`the answer has no "${HISTOGRAM_NAME}" histogram`);
  const counts = new Map((buckets ?? []).map((bucket) => [bucket.key, bucket.doc_count]));
  const first = Math.floor(expected.fromMs / MINUTE_MS) * MINUTE_MS;
  const last = Math.floor((expected.toMs - 1) / MINUTE_MS) * MINUTE_MS;
  if (!(last - first <= MAX_HISTOGRAM_MINUTES * MINUTE_MS))
    return err('the window is too long for a histogram');
  const points: { at: string; count: number }[] = [];
  for (let at = first; at <= last; at += MINUTE_MS) {
    points.push({ at: isoOf(at), count: counts.get(at) ?? 0 });
  }
  return ok(points);
}

/** An ISO string, or '' (which the signal schema refuses) for a time JavaScript cannot show. */
function isoOf(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unexpected shape';
  const where = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  return `unexpected shape of the search answer${where}: ${issue.message}`;
}
