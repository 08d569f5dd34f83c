import type { PollContext, SourceClient, SourceConfigOf } from '../source-client.ts';
import { systemClock, type Clock } from './clock.ts';
import { DownSinceCache } from './down-since.ts';
import { listChecks } from './list-checks.ts';
import { RateLimiter } from './rate-limiter.ts';
import { StatusCakeApi, type PollScope } from './statuscake-api.ts';

/** A page of 100 checks is about 30 kB; anything near this is not StatusCake talking. */
const MAX_RESPONSE_BYTES = 2_000_000;

export interface StatusCakeClientOptions {
  /** Tests inject a clock so a minute of rate limiting takes no time. */
  readonly clock?: Clock;
}

/**
 * The StatusCake v1 source: every uptime check with since when it is down. The client is
 * long-lived; its limiter and down-since cache carry over from poll to poll. The configured
 * timeout bounds the whole poll, waits for the rate limit included.
 */
export function createStatusCakeClient(
  config: SourceConfigOf<'statuscake'>,
  options: StatusCakeClientOptions = {},
): SourceClient {
  const clock = options.clock ?? systemClock;
  const limiter = new RateLimiter(clock);
  const api = new StatusCakeApi({
    url: config.url,
    token: config.token,
    clock,
    limiter,
    maxBytes: MAX_RESPONSE_BYTES,
  });
  const downSince = new DownSinceCache(clock);
  return {
    async poll(context) {
      const scope = pollScope(context, clock, config.timeout);
      const checks = await listChecks(api, scope);
      return { kind: 'statuscake', checks: await downSince.fill(checks, api, scope) };
    },
  };
}

function pollScope(context: PollContext, clock: Clock, timeoutMs: number): PollScope {
  const startedAt = clock.now();
  return {
    deadlineAt: startedAt + timeoutMs,
    signal: context.signal,
    wallNow: () => new Date(context.now.getTime() + (clock.now() - startedAt)),
  };
}
