import { fullJitterBackoffMs } from '../sources/http/backoff.ts';
import type { SourceError } from '../sources/source-error.ts';

/** The longest a failing source waits between polls (docs/reliability.md, "Backoff and Retry-After"). */
export const MAX_BACKOFF_MS = 300_000;

/**
 * How long after a poll *ended* the next one starts. Polls run on a fixed rate: the cadence
 * counts from the previous poll's start, so a slow source (TOPdesk paging for 20 s) keeps its
 * interval instead of drifting by its poll time; a poll longer than the cadence is followed at
 * once (never two at once). The cadence is the interval after a success, and after failures
 * the interval or a full-jitter backoff, whichever is longer. A Retry-After counts from the
 * answer that carried it. This is the only retry layer: clients never retry on their own.
 */
export function nextPollDelayMs(
  intervalMs: number,
  consecutiveFailures: number,
  error: SourceError | null,
  random: () => number = Math.random,
  elapsedMs = 0,
): number {
  const cadence =
    error === null
      ? intervalMs
      : Math.max(
          intervalMs,
          fullJitterBackoffMs(consecutiveFailures - 1, intervalMs, MAX_BACKOFF_MS, random),
        );
  return Math.max(0, cadence - elapsedMs, error?.retryAfterMs ?? 0);
}

/** A poll gets this many request timeouts in all (TOPdesk pages through several requests). */
export const POLL_DEADLINE_TIMEOUTS = 10;
