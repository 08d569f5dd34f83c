import type { Latency, PollTiming } from './source-detail.ts';

/**
 * The median and the longest of the last polls: the median says how the source usually
 * answers, the maximum how close it came to its timeout. Null before any poll ended.
 */
export function latencyOf(polls: readonly PollTiming[]): Latency | null {
  if (polls.length === 0) return null;
  const sorted = polls.map((poll) => poll.durationMs).toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { count: sorted.length, medianMs: median, maxMs: sorted.at(-1) ?? 0 };
}

/** Keeps the newest `max` polls, oldest first. */
export function withPoll(
  polls: readonly PollTiming[],
  poll: PollTiming,
  max: number,
): PollTiming[] {
  return [...polls, poll].slice(-max);
}
