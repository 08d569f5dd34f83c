import { wallDate, type Clock } from '../../time/clock.ts';
import type { PollContext, SourceClient, SourceConfigOf } from '../source-client.ts';
import { StatusCakeApi, type PollScope } from './api.ts';
import { DownSinceCache } from './down-since.ts';
import { listChecks } from './list-checks.ts';
import { RateLimiter } from './rate-limiter.ts';

/** A page of 100 checks is about 30 kB; anything near this is not StatusCake talking. */
const MAX_RESPONSE_BYTES = 2_000_000;

export interface StatusCakeClientOptions {
  /** The clock to pace and time every poll on, instead of each poll's own (context.clock). */
  readonly clock?: Clock;
}

/** What carries over from poll to poll: the pacing of the account and the down-since cache. */
interface Account {
  readonly api: StatusCakeApi;
  readonly downSince: DownSinceCache;
}

/**
 * The StatusCake v1 source: every uptime check with since when it is down. The client is
 * long-lived; its limiter and down-since cache carry over from poll to poll, on the clock of
 * the first (their history is in that clock's monotonic time). The configured timeout bounds
 * the whole poll, waits for the rate limit included.
 */
export function createStatusCakeClient(
  config: SourceConfigOf<'statuscake'>,
  options: StatusCakeClientOptions = {},
): SourceClient {
  let account: Account | null = null;
  return {
    async poll(context) {
      const clock = options.clock ?? context.clock;
      account ??= openAccount(config, clock);
      const scope = pollScope(context, clock, config.timeout);
      const checks = await listChecks(account.api, scope);
      return {
        kind: 'statuscake',
        checks: await account.downSince.fill(checks, account.api, scope),
      };
    },
  };
}

function openAccount(config: SourceConfigOf<'statuscake'>, clock: Clock): Account {
  const limiter = new RateLimiter(clock);
  return {
    api: new StatusCakeApi({
      url: config.url,
      token: config.token,
      clock,
      limiter,
      maxBytes: MAX_RESPONSE_BYTES,
    }),
    downSince: new DownSinceCache(clock),
  };
}

function pollScope(context: PollContext, clock: Clock, timeoutMs: number): PollScope {
  return {
    deadlineAt: clock.monotonic() + timeoutMs,
    signal: context.signal,
    wallNow: () => wallDate(clock),
  };
}
