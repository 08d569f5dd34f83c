import type { QueryResult } from '../../../shared/signals/signals.ts';
import { wallDate } from '../../time/clock.ts';
import { parseJsonBody } from '../http/responses.ts';
import type { PollContext, SourceClient } from '../source-client.ts';
import { SourceError } from '../source-error.ts';
import { getClusterInfo, postSearch, type RequestScope } from './api.ts';
import { elasticsearchError, forQuery } from './errors.ts';
import {
  queryWindow,
  wantsHistogram,
  type ElasticsearchConfig,
  type ElasticsearchQuery,
} from './search-request.ts';
import { parseSearchResponse } from './to-signals.ts';

/** Longest wait a run of 429s asks for (docs/reliability.md, "Backoff and Retry-After"). */
const MAX_BACKOFF_MS = 300_000;

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
      const poll = startPoll(config, context, rejectedPolls);
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

/** One poll: its requests' scope, the wall time every window ends at, its 429 backoff. */
interface Poll extends RequestScope {
  readonly now: Date;
  readonly backoffMs: number;
}

function startPoll(config: ElasticsearchConfig, context: PollContext, rejectedPolls: number): Poll {
  const clock = context.clock;
  const deadline = clock.monotonic() + config.timeout;
  return {
    signal: context.signal,
    remainingMs: () => Math.max(1, Math.round(deadline - clock.monotonic())),
    now: wallDate(clock),
    // Doubles with each poll in a row that met a 429, from twice the interval.
    backoffMs: Math.min(MAX_BACKOFF_MS, config.interval * 2 ** (rejectedPolls + 1)),
  };
}

async function runQuery(
  config: ElasticsearchConfig,
  query: ElasticsearchQuery,
  poll: Poll,
): Promise<QueryResult> {
  const window = queryWindow(poll.now, query.window);
  try {
    const response = await postSearch(config, query, window, poll);
    // Check the status before the body: a 429 is not "no results" (elastic4s#2923).
    if (response.status !== 200) throw elasticsearchError(response, poll.now, poll.backoffMs);
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
  const response = await getClusterInfo(config, poll);
  if (response.status === 200 || response.status === 403) return;
  throw elasticsearchError(response, poll.now, poll.backoffMs);
}
