/**
 * Time, the one way the app reads it (docs/architecture.md, "Time"): the wall clock for
 * timestamps people read and sources compare (ISO times, `since`, a mark's age), a monotonic
 * clock for intervals and deadlines (a wall-clock jump never stretches a wait), and a sleep.
 * Injected everywhere time matters, so a test can move a whole launch weekend in seconds.
 */
export interface Clock {
  /** Wall-clock milliseconds since the epoch. */
  now(): number;
  /** Milliseconds from an arbitrary origin that never jumps; only differences mean anything. */
  monotonic(): number;
  /** Resolves after `ms` (monotonic); rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Node and browsers fire a timer longer than 2^31 − 1 ms after 1 ms instead. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(done, Math.min(Math.max(0, ms), MAX_TIMER_MS));
      signal?.addEventListener('abort', aborted, { once: true });
      function done() {
        signal?.removeEventListener('abort', aborted);
        resolve();
      }
      function aborted() {
        clearTimeout(timer);
        reject(signal?.reason);
      }
    }),
};

/** The clock's wall time as a Date: what timestamps are made of. */
export function wallDate(clock: Clock): Date {
  return new Date(clock.now());
}
