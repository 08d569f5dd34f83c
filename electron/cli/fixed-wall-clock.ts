import type { Clock } from '../time/clock.ts';

/**
 * `snapshot --now ISO`: the wall clock stands at that instant (every timestamp and age is
 * judged from it), while intervals and waits — the command's budget, a Retry-After — still
 * run on `base`.
 */
export function fixedWallClock(instant: Date, base: Clock): Clock {
  const wall = instant.getTime();
  return {
    now: () => wall,
    monotonic: () => base.monotonic(),
    sleep: (ms, signal) => base.sleep(ms, signal),
  };
}
