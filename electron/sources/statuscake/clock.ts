import { setTimeout as delay } from 'node:timers/promises';
import { clampTimerMs } from '../http/clamp-timer.ts';

/**
 * The limiter's and the poll's time: monotonic milliseconds and a sleep. Injected so tests
 * can run a minute of rate limiting in no time; a wall-clock jump never stretches a wait
 * (docs/reliability.md, "Fault injection").
 */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: async (ms, signal) => {
    try {
      await delay(clampTimerMs(ms), undefined, { signal });
    } catch (error) {
      // An aborted sleep rethrows the abort's own reason, as httpRequest does.
      throw signal?.aborted ? signal.reason : error;
    }
  },
};
