/** The time every chart of one build shows, in ms since the epoch: (from, to], to being now. */
export interface ChartSpan {
  readonly from: number;
  readonly to: number;
}

export const MINUTE_MS = 60_000;

/** An instant as the chart contract writes it. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * One instant a minute, ending at `to` itself, oldest first: anchored on now rather than on
 * whole minutes, so the newest point is exactly what the rules saw at this evaluation.
 */
export function minutesOf(span: ChartSpan): number[] {
  const count = Math.floor((span.to - span.from) / MINUTE_MS);
  return Array.from({ length: count + 1 }, (_, index) => span.to - (count - index) * MINUTE_MS);
}
