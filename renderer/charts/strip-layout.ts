import type { CheckSegment, CheckStrip } from '../../shared/charts/chart-schema.ts';
import type { ChartSize } from './ChartBox.tsx';

export type CheckStatus = CheckSegment['status'];

/** A segment on its strip, in percent of the span, clipped to it. */
export interface PlacedSegment {
  readonly status: CheckStatus;
  readonly from: number;
  readonly to: number;
  readonly left: number;
  readonly width: number;
}

/** Each segment at its place and width over [from, to]; what lies outside is not drawn. */
export function placeSegments(
  segments: readonly CheckSegment[],
  from: number,
  to: number,
): PlacedSegment[] {
  const span = to - from;
  if (!(span > 0)) return [];
  return segments.flatMap((segment) => {
    const start = Math.max(Date.parse(segment.from), from);
    const end = Math.min(Date.parse(segment.to), to);
    if (!(end > start)) return [];
    return [
      {
        status: segment.status,
        from: start,
        to: end,
        left: ((start - from) / span) * 100,
        width: ((end - start) / span) * 100,
      },
    ];
  });
}

/** The check's state at the end of the span: its newest segment's (oldest come first). */
export function currentStatus(check: CheckStrip): CheckStatus {
  return check.segments.at(-1)?.status ?? 'unknown';
}

/** Where a time sits on the strip, in percent. */
export function percentOf(at: number, from: number, to: number): number {
  return ((at - from) / (to - from)) * 100;
}

/** The strips' text size in em of the chart (charts.css .check-strips). */
const STRIP_EM = 1.1;

/**
 * How many time labels fit under the strip: its track is what the grid of charts.css
 * leaves (70 % of the width, less the 6.5em state column and two 0.6em gaps), and a label
 * ("13:00", about 3em) needs 4em to keep clear of the next.
 */
export function maxStripTicks(box: ChartSize): number {
  const em = box.em * STRIP_EM;
  const track = box.width * 0.7 - 7.7 * em;
  return Math.max(Math.floor(track / (4 * em)), 2);
}
