import type { Clock } from '../../time/clock.ts';
import { SourceError } from '../source-error.ts';

/**
 * The whole poll's time bound. Each request keeps its own deadline (the config timeout), but
 * a poll that pages many times must end too; measured on the clock's monotonic time, so a
 * wall-clock jump cannot stretch or cut it.
 */
export interface PollBudget {
  /** The deadline for the next request: the timeout, or what is left of the poll if less. */
  nextDeadlineMs(pagesRead: number): number;
}

export function startPollBudget(
  clock: Clock,
  totalMs: number,
  requestTimeoutMs: number,
): PollBudget {
  const endsAt = clock.monotonic() + totalMs;
  return {
    nextDeadlineMs(pagesRead) {
      const left = Math.floor(endsAt - clock.monotonic());
      if (left <= 0) {
        throw new SourceError(
          'timeout',
          `the sync did not finish within ${totalMs} ms (${pagesRead} pages read)`,
        );
      }
      return Math.min(requestTimeoutMs, left);
    },
  };
}
