import { httpRequest, type HttpResponse } from '../http/http-request.ts';
import {
  authorizationHeader,
  searchBody,
  searchPath,
  type ElasticsearchConfig,
  type ElasticsearchQuery,
  type QueryWindow,
} from './search-request.ts';

/** Per request; a size-0 search with a day of minute buckets is far below this. */
const MAX_BYTES = 5_000_000;
/** The search's own soft timeout leaves room for the answer to arrive before our deadline. */
const SEARCH_TIMEOUT_SHARE = 0.8;

/** What every request of one poll shares: its cancel signal and what is left of its deadline. */
export interface RequestScope {
  readonly signal: AbortSignal;
  /** Milliseconds left of the poll's deadline (at least 1). */
  remainingMs(): number;
}

/** `POST /{index}/_search` for one query over its window; the status is the caller's to read. */
export function postSearch(
  config: ElasticsearchConfig,
  query: ElasticsearchQuery,
  window: QueryWindow,
  scope: RequestScope,
): Promise<HttpResponse> {
  const deadlineMs = scope.remainingMs();
  return httpRequest({
    url: `${baseUrl(config)}${searchPath(query.index)}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...commonHeaders(config) },
    body: JSON.stringify(searchBody(query, window, deadlineMs * SEARCH_TIMEOUT_SHARE)),
    deadlineMs,
    maxBytes: MAX_BYTES,
    signal: scope.signal,
  });
}

/** `GET /`, the cluster's info. */
export function getClusterInfo(
  config: ElasticsearchConfig,
  scope: RequestScope,
): Promise<HttpResponse> {
  return httpRequest({
    url: `${baseUrl(config)}/`,
    headers: commonHeaders(config),
    deadlineMs: scope.remainingMs(),
    maxBytes: MAX_BYTES,
    signal: scope.signal,
  });
}

function baseUrl(config: ElasticsearchConfig): string {
  return config.url.replace(/\/+$/, '');
}

function commonHeaders(config: ElasticsearchConfig): Record<string, string> {
  const authorization = authorizationHeader(config);
  return { accept: 'application/json', ...(authorization ? { authorization } : {}) };
}
