import { fullJitterBackoffMs } from '../sources/http/backoff.ts';
import type { SourceError } from '../sources/source-error.ts';

/** The longest a failing source waits between polls (reliability.md §4.2: cap the backoff). */
export const MAX_BACKOFF_MS = 300_000;

/**
 * When to poll next. After a success: the interval. After failures: the interval or a
 * full-jitter backoff, whichever is longer — and never before a Retry-After has passed.
 * This is the only retry layer: clients never retry on their own.
 */
export function nextPollDelayMs(
  intervalMs: number,
  consecutiveFailures: number,
  error: SourceError | null,
  random: () => number = Math.random,
): number {
  if (error === null) return intervalMs;
  const backoff = fullJitterBackoffMs(consecutiveFailures - 1, intervalMs, MAX_BACKOFF_MS, random);
  return Math.max(intervalMs, backoff, error.retryAfterMs ?? 0);
}

/** A poll gets this many request timeouts in all (TOPdesk pages through several requests). */
export const POLL_DEADLINE_TIMEOUTS = 10;
