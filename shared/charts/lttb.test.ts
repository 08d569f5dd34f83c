import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lttb } from './lttb.ts';

interface Point {
  readonly x: number;
  readonly y: number;
}
const plane = { x: (p: Point) => p.x, y: (p: Point) => p.y };

/** A time series: strictly increasing x, any non-negative y. */
const series = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 120_000 }), fc.nat({ max: 10_000 })), {
    maxLength: 600,
    size: 'medium',
  })
  .map((steps) => {
    let x = 0;
    return steps.map(([step, y]) => ({ x: (x += step), y }));
  });
/** Mostly below the series' length, so that most runs downsample. */
const limit = fc.integer({ min: 0, max: 60 });

/** Whether every element of `part` occurs in `whole`, in the same order (same objects). */
function isSubsequence<T>(part: readonly T[], whole: readonly T[]): boolean {
  let index = 0;
  for (const item of whole) if (item === part[index]) index++;
  return index === part.length;
}

describe('lttb properties', () => {
  it('returns at most maxPoints points', () => {
    fc.assert(
      fc.property(series, limit, (points, max) => {
        assert.ok(lttb(points, max, plane).length <= max);
      }),
    );
  });

  it('returns a subsequence of the input, in order', () => {
    fc.assert(
      fc.property(series, limit, (points, max) => {
        assert.ok(isSubsequence(lttb(points, max, plane), points));
      }),
    );
  });

  it('keeps the first and the last point whenever it has room for two', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 2, max: 60 }), (points, max) => {
        fc.pre(points.length >= 2);
        const kept = lttb(points, max, plane);
        assert.equal(kept[0], points[0]);
        assert.equal(kept[kept.length - 1], points[points.length - 1]);
      }),
    );
  });

  it('returns exactly maxPoints when it must downsample, and everything when it need not', () => {
    fc.assert(
      fc.property(series, limit, (points, max) => {
        assert.equal(lttb(points, max, plane).length, Math.min(points.length, max));
      }),
    );
  });

  it('keeps a lone peak, which evenly spaced sampling would miss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 998 }), (peakAt) => {
        const points = Array.from({ length: 1000 }, (_, x) => ({ x, y: x === peakAt ? 500 : 1 }));
        assert.ok(lttb(points, 50, plane).some((point) => point.y === 500));
      }),
    );
  });
});

describe('lttb examples', () => {
  it('leaves a short series as it is (a copy)', () => {
    const points = [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
    ];
    const kept = lttb(points, 400, plane);
    assert.deepEqual(kept, points);
    assert.notEqual(kept, points);
  });

  it('keeps the point of each bucket that spans the largest triangle', () => {
    // Buckets of the inner points: [1, 2] and [3, 4]; 2 and 3 are the outliers.
    const ys = [0, 0, 9, -9, 0, 0];
    const points = ys.map((y, x) => ({ x, y }));
    assert.deepEqual(
      lttb(points, 4, plane).map((point) => point.x),
      [0, 2, 3, 5],
    );
  });
});
