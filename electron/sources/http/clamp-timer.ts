/**
 * Node keeps a timer's delay in a signed 32-bit count of milliseconds: a longer one fires
 * after 1 ms (with a TimeoutOverflowWarning), and AbortSignal.timeout refuses anything past
 * 2^32 - 1 or not whole with a RangeError. The config bounds every duration far below this;
 * this guard is for what gets multiplied or added on the way (deadlines, Retry-After).
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A delay any Node timer takes as meant: whole, from 0 to MAX_TIMER_MS (about 24.8 days). */
export function clampTimerMs(ms: number): number {
  if (Number.isNaN(ms)) return 0;
  return Math.min(Math.max(0, Math.ceil(ms)), MAX_TIMER_MS);
}
