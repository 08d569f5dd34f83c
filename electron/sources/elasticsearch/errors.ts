import { errorForStatus, describeErrorBody } from '../http/responses.ts';
import type { HttpResponse } from '../http/http-request.ts';
import { SourceError } from '../source-error.ts';

/**
 * Elasticsearch's error answers in words. Its body is
 * `{error:{root_cause:[{type,reason}],type,reason},status}` (docs/sources.md, "Errors"); a
 * wrapper such as search_phase_execution_exception ("all shards failed") says little, so
 * the root cause is added. Anything else (a proxy's HTML page) is described as text.
 */
export function describeElasticsearchError(body: string): string {
  const error = errorObject(body);
  if (!error) return describeErrorBody(body);
  const top = joinTypeReason(error);
  const rootCause = Array.isArray(error.root_cause) ? joinTypeReason(error.root_cause[0]) : '';
  const text = rootCause && rootCause !== top ? `${top} (${rootCause})` : top;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text || describeErrorBody(body);
}

function errorObject(body: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(body) as { error?: unknown } | null;
    const error = value?.error;
    return typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function joinTypeReason(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const { type, reason } = value as Record<string, unknown>;
  return [type, reason].filter((part) => typeof part === 'string' && part !== '').join(': ');
}

/**
 * A non-200 answer as a SourceError. 429 (es_rejected_execution_exception,
 * circuit_breaking_exception) means a saturated cluster: without a Retry-After the error
 * carries `backoffMs`, so the poller waits longer instead of hammering (§6.13).
 */
export function elasticsearchError(
  response: HttpResponse,
  now: Date,
  backoffMs: number,
): SourceError {
  const generic = errorForStatus(response, now);
  const said = describeElasticsearchError(response.body);
  const detail = `HTTP ${response.status}${said ? `: ${said}` : ''}`;
  const retryAfter =
    generic.category === 'rate-limited'
      ? (generic.retryAfterMs ?? backoffMs)
      : generic.retryAfterMs;
  return new SourceError(generic.category, detail, retryAfter);
}

/** The same error, saying which configured query it came from. */
export function forQuery(queryId: string, error: unknown): unknown {
  if (!(error instanceof SourceError)) return error;
  return new SourceError(error.category, `query ${queryId}: ${error.detail}`, error.retryAfterMs);
}
