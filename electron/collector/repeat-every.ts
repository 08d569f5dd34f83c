import type { Clock } from '../time/clock.ts';

/**
 * Calls `tick` every `intervalMs` on `clock`, so a test moves heartbeats with a FakeClock.
 * A slow tick delays the next one instead of overlapping it. A tick that throws surfaces as an
 * unhandled rejection, as a throwing setInterval callback would. Returns the function that stops.
 */
export function repeatEvery(
  clock: Clock,
  intervalMs: number,
  tick: () => unknown | Promise<unknown>,
): () => void {
  const stop = new AbortController();
  const loop = async () => {
    while (!(await stoppedAfterSleep(clock, intervalMs, stop.signal))) await tick();
  };
  void loop();
  return () => stop.abort();
}

/** Sleeps `ms`; true if `signal` aborted before or during the sleep. */
async function stoppedAfterSleep(clock: Clock, ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await clock.sleep(ms, signal);
  } catch (error) {
    if (signal.aborted) return true;
    throw error;
  }
  return signal.aborted;
}
