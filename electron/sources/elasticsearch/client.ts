import type { QueryResult } from '../../../shared/signals/signals.ts';
import { httpRequest, type HttpResponse } from '../http/http-request.ts';
import { parseJsonBody } from '../http/responses.ts';
import type { PollContext, SourceClient } from '../source-client.ts';
import { SourceError } from '../source-error.ts';
import { errorForElasticsearch, forQuery } from './elasticsearch-errors.ts';
import {
  authorizationHeader,
  queryWindow,
  searchBody,
  searchPath,
  wantsHistogram,
  type ElasticsearchConfig,
  type ElasticsearchQuery,
  type QueryWindow,
} from './search-request.ts';
import { parseSearchResponse } from './search-response.ts';

/** Per query; a size-0 search with a day of minute buckets is far below this. */
const MAX_BYTES = 5_000_000;
/** Longest wait a run of 429s asks for (docs/reliability.md, "Backoff and Retry-After"). */
const MAX_BACKOFF_MS = 300_000;
/** The search's own soft timeout leaves room for the answer to arrive before our deadline. */
const SEARCH_TIMEOUT_SHARE = 0.8;

/**
 * Counts each configured query over its window, one `_search` each, one at a time (a
 * saturated cluster answers 429; parallel searches would make that worse). The whole poll
 * shares one deadline (`timeout`). One failing query fails the poll: a dashboard that showed
 * the other counts as whole would hide that one.
 */
export function createElasticsearchClient(config: ElasticsearchConfig): SourceClient {
  let rejectedPolls = 0;
  return {
    async poll(context) {
      const deadline = performance.now() + config.timeout;
      const poll: Poll = {
        context,
        remainingMs: () => Math.max(1, Math.round(deadline - performance.now())),
        // Doubles with each poll in a row that met a 429, from twice the interval.
        backoffMs: Math.min(MAX_BACKOFF_MS, config.interval * 2 ** (rejectedPolls + 1)),
      };
      const queries: QueryResult[] = [];
      try {
        if (config.queries.length === 0) await pingCluster(config, poll);
        for (const query of config.queries) queries.push(await runQuery(config, query, poll));
      } catch (error) {
        if (error instanceof SourceError && error.category === 'rate-limited') rejectedPolls += 1;
        throw error;
      }
      rejectedPolls = 0;
      return { kind: 'elasticsearch', queries };
    },
  };
}

/** One poll's shared state: its context, what is left of its deadline, its 429 backoff. */
interface Poll {
  readonly context: PollContext;
  readonly remainingMs: () => number;
  readonly backoffMs: number;
}

async function runQuery(
  config: ElasticsearchConfig,
  query: ElasticsearchQuery,
  poll: Poll,
): Promise<QueryResult> {
  const window = queryWindow(poll.context.now, query.window);
  try {
    const response = await postSearch(config, query, window, poll);
    // Check the status before the body: a 429 is not "no results" (elastic4s#2923).
    if (response.status !== 200) {
      throw errorForElasticsearch(response, poll.context.now, poll.backoffMs);
    }
    const expected = {
      ...window,
      id: query.id,
      index: query.index,
      histogram: wantsHistogram(window),
    };
    const parsed = parseSearchResponse(parseJsonBody(response), expected);
    if (!parsed.ok) throw new SourceError('bad-payload', parsed.error);
    return parsed.value;
  } catch (error) {
    throw forQuery(query.id, error);
  }
}

/**
 * With no queries there is nothing to count, but "ok" must still mean "reachable, and our
 * credentials accepted": `GET /` answers that. A key limited to reading indices may lack
 * the `monitor` privilege the cluster info needs; that 403 still proves both.
 */
async function pingCluster(config: ElasticsearchConfig, poll: Poll): Promise<void> {
  const authorization = authorizationHeader(config);
  const response = await httpRequest({
    url: `${config.url.replace(/\/+$/, '')}/`,
    headers: { accept: 'application/json', ...(authorization ? { authorization } : {}) },
    deadlineMs: poll.remainingMs(),
    maxBytes: MAX_BYTES,
    signal: poll.context.signal,
  });
  if (response.status === 200 || response.status === 403) return;
  throw errorForElasticsearch(response, poll.context.now, poll.backoffMs);
}

function postSearch(
  config: ElasticsearchConfig,
  query: ElasticsearchQuery,
  window: QueryWindow,
  poll: Poll,
): Promise<HttpResponse> {
  const authorization = authorizationHeader(config);
  const deadlineMs = poll.remainingMs();
  return httpRequest({
    url: `${config.url.replace(/\/+$/, '')}${searchPath(query.index)}`,
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(searchBody(query, window, deadlineMs * SEARCH_TIMEOUT_SHARE)),
    deadlineMs,
    maxBytes: MAX_BYTES,
    signal: poll.context.signal,
  });
}
