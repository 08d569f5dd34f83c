import type { Collector } from '../collector/collector.ts';
import type { PollOutcome } from '../collector/source-poller.ts';
import type { Clock } from '../time/clock.ts';

/** A retry is only worth its wait when at least this much of the budget is left to poll in. */
const MIN_RETRY_POLL_MS = 2_000;

export interface RetryBudget {
  readonly clock: Clock;
  /** When the command's time is up, on the clock's monotonic time. */
  readonly endsAt: number;
}

/**
 * A one-shot read must not fail a cron job on a one-second rate-limit blip: a source that
 * answered "rate-limited, retry after N s" (Retry-After, or StatusCake's rate-limit reset)
 * is waited out and polled once more — when the wait and a poll fit in what is left of the
 * command's budget. A longer wait leaves the source failing, with the time it may be asked again.
 */
export async function retryShortRateLimits(
  collector: Collector,
  outcomes: ReadonlyMap<string, PollOutcome>,
  budget: RetryBudget,
): Promise<void> {
  const { clock, endsAt } = budget;
  await Promise.all(
    [...outcomes].map(async ([id, outcome]) => {
      const waitMs = rateLimitWaitMs(outcome, clock);
      if (waitMs === null) return;
      const pollMs = endsAt - clock.monotonic() - waitMs;
      if (pollMs < MIN_RETRY_POLL_MS) return;
      await clock.sleep(waitMs);
      await collector.pollSourceOnce(id, Math.floor(endsAt - clock.monotonic()));
    }),
  );
}

/** What is left of the Retry-After, counted from the answer that carried it. */
function rateLimitWaitMs(outcome: PollOutcome, clock: Clock): number | null {
  if (outcome.ok || outcome.error.category !== 'rate-limited') return null;
  const retryAfterMs = outcome.error.retryAfterMs;
  return retryAfterMs === null
    ? null
    : Math.max(0, retryAfterMs - (clock.now() - outcome.at.getTime()));
}
