import type { SourceError } from '../sources/source-error.ts';

/**
 * "Poll now" never polls a source more often than a config could ask for (the shortest
 * interval is 5 s): a coordinator pressing the button ten times is not ten requests.
 */
export const MANUAL_POLL_MIN_GAP_MS = 5_000;

/** Why a poll asked for now waits: the source's Retry-After, backoff after failures, or a poll just made. */
export type PollWaitReason = 'rate-limited' | 'backoff' | 'just-polled';

/**
 * What "poll now" (or "resume") did: a poll starts now (or one was running already), the
 * source is polled at `at` (it may not be asked sooner), it is paused, or nothing polls it.
 */
export type PollRequestAnswer =
  | { readonly status: 'polling' }
  | { readonly status: 'scheduled'; readonly at: Date; readonly reason: PollWaitReason }
  | { readonly status: 'paused' }
  | { readonly status: 'stopped' };

/** The last poll as the schedule sees it, on the monotonic clock. */
export interface LastPoll {
  readonly startedAt: number;
  /** When the loop would poll next after it: the interval, a backoff or a Retry-After. */
  readonly scheduledAt: number;
  readonly error: SourceError | null;
}

/**
 * The earliest a poll asked for by hand may start. After a failure that is the schedule the
 * failure set (backoff, never before a Retry-After): asking again is what backoff prevents.
 * After a success, MANUAL_POLL_MIN_GAP_MS after that poll started.
 */
export function earliestManualPoll(last: LastPoll | null): number {
  if (last === null) return Number.NEGATIVE_INFINITY;
  if (last.error !== null) return last.scheduledAt;
  return last.startedAt + MANUAL_POLL_MIN_GAP_MS;
}

export function waitReason(last: LastPoll | null): PollWaitReason {
  if (last === null || last.error === null) return 'just-polled';
  return last.error.retryAfterMs === null ? 'backoff' : 'rate-limited';
}
