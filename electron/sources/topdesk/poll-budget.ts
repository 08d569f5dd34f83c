import { performance } from 'node:perf_hooks';
import { SourceError } from '../source-error.ts';

/**
 * The whole poll's time bound. Each request keeps its own deadline (the config timeout), but
 * a poll that pages many times must end too; measured on the monotonic clock, so a wall-clock
 * jump cannot stretch or cut it.
 */
export interface PollBudget {
  /** The deadline for the next request: the timeout, or what is left of the poll if less. */
  nextDeadlineMs(pagesRead: number): number;
}

export function startPollBudget(totalMs: number, requestTimeoutMs: number): PollBudget {
  const endsAt = performance.now() + totalMs;
  return {
    nextDeadlineMs(pagesRead) {
      const left = Math.floor(endsAt - performance.now());
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
