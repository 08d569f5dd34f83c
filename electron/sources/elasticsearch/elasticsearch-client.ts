import type { QueryResult } from '../../../shared/signals/signals.ts';
import { httpRequest } from '../http/http-request.ts';
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
} from './search-request.ts';
import { parseSearchResponse } from './search-response.ts';

/** Per query; a size-0 search with a day of minute buckets is far below this. */
const MAX_BYTES = 5_000_000;
/** Longest wait a run of 429s asks for (reliability.md §4.2: cap the backoff). */
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
      const remainingMs = () => Math.max(1, Math.round(deadline - performance.now()));
      // Doubles with each poll that met a 429 in a row, from twice the interval.
      const backoffMs = Math.min(MAX_BACKOFF_MS, config.interval * 2 ** (rejectedPolls + 1));
      const queries: QueryResult[] = [];
      try {
        for (const query of config.queries) {
          queries.push(await runQuery(config, query, context, remainingMs, backoffMs));
        }
      } catch (error) {
        if (error instanceof SourceError && error.category === 'rate-limited') rejectedPolls += 1;
        throw error;
      }
      rejectedPolls = 0;
      return { kind: 'elasticsearch', queries };
    },
  };
}

async function runQuery(
  config: ElasticsearchConfig,
  query: ElasticsearchQuery,
  context: PollContext,
  remainingMs: () => number,
  backoffMs: number,
): Promise<QueryResult> {
  const window = queryWindow(context.now, query.window);
  const authorization = authorizationHeader(config);
  try {
    const deadlineMs = remainingMs();
    const response = await httpRequest({
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
      signal: context.signal,
    });
    // Check the status before the body: a 429 is not "no results" (elastic4s#2923).
    if (response.status !== 200) throw errorForElasticsearch(response, context.now, backoffMs);
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
