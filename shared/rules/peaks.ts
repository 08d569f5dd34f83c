import type { Evidence } from '../marks/evidence.ts';

/**
 * Carries a figure's peak from one evaluation to the next: the rules report what is true now
 * (their `peak` is the current figure), and a mark keeps the highest it reached, and when.
 */
export function carryPeak(previous: Evidence | null, current: Evidence): Evidence {
  if (current.kind !== 'ticket-spike' && current.kind !== 'query-threshold') return current;
  if (!previous || previous.kind !== current.kind) return current;
  return previous.peak.count >= current.peak.count ? { ...current, peak: previous.peak } : current;
}
