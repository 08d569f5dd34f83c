/**
 * Largest-Triangle-Three-Buckets (Steinarsson, "Downsampling Time Series for Visual
 * Representation", 2013): keeps the first and the last point and, from each bucket in between,
 * the point that spans the largest triangle with the point kept before it and the mean of the
 * next bucket. Peaks survive, which evenly spaced sampling would cut.
 */

/** How a point sits in the plane: x is time (ms), y the value. */
export interface Coordinates<T> {
  readonly x: (point: T) => number;
  readonly y: (point: T) => number;
}

/** At most `maxPoints` of `points`, in their order: a subsequence, first and last kept. */
export function lttb<T>(points: readonly T[], maxPoints: number, at: Coordinates<T>): T[] {
  const limit = Math.max(0, Math.floor(maxPoints));
  if (points.length <= limit) return [...points];
  if (limit <= 2) return [points[0]!, points[points.length - 1]!].slice(0, limit);
  const xs = points.map(at.x);
  const ys = points.map(at.y);
  return keptIndices(xs, ys, limit).map((index) => points[index]!);
}

/** The indices LTTB keeps of n > limit ≥ 3 points, ascending. */
function keptIndices(xs: readonly number[], ys: readonly number[], limit: number): number[] {
  const last = xs.length - 1;
  // The points between the first and the last, cut into limit - 2 buckets of equal count.
  const bucketSize = (xs.length - 2) / (limit - 2);
  const bucketStart = (bucket: number) => Math.floor(bucket * bucketSize) + 1;
  const kept = [0];
  for (let bucket = 0; bucket < limit - 2; bucket++) {
    const next = mean(xs, ys, bucketStart(bucket + 1), Math.min(bucketStart(bucket + 2), last));
    const previous = kept[kept.length - 1]!;
    kept.push(
      largestTriangle(xs, ys, previous, bucketStart(bucket), bucketStart(bucket + 1), next),
    );
  }
  kept.push(last);
  return kept;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

/** The mean of [from, to); the last point alone when the range is empty (the final bucket). */
function mean(xs: readonly number[], ys: readonly number[], from: number, to: number): Point {
  if (to <= from) return { x: xs[xs.length - 1]!, y: ys[ys.length - 1]! };
  let x = 0;
  let y = 0;
  for (let index = from; index < to; index++) {
    x += xs[index]!;
    y += ys[index]!;
  }
  return { x: x / (to - from), y: y / (to - from) };
}

/** The index in [from, to) whose triangle with `previous` and `next` is largest (first wins ties). */
function largestTriangle(
  xs: readonly number[],
  ys: readonly number[],
  previous: number,
  from: number,
  to: number,
  next: Point,
): number {
  const ax = xs[previous]!;
  const ay = ys[previous]!;
  let best = from;
  let bestArea = -1;
  for (let index = from; index < to; index++) {
    // Twice the area; the factor does not change which is largest.
    const area = Math.abs((ax - next.x) * (ys[index]! - ay) - (ax - xs[index]!) * (next.y - ay));
    if (area > bestArea) {
      bestArea = area;
      best = index;
    }
  }
  return best;
}
