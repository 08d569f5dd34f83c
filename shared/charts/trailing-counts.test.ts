import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { trailingCounts } from './trailing-counts.ts';

const MINUTE = 60_000;

describe('trailingCounts', () => {
  it('counts each window as (time - window, time], like ticket-spike', () => {
    const calls = Float64Array.from([0, MINUTE, 2 * MINUTE]);
    // At 2 min with a 2 min window: (0, 2 min] holds the calls at 1 and 2 min, not at 0.
    assert.deepEqual(
      trailingCounts(calls, [0, MINUTE, 2 * MINUTE, 5 * MINUTE], 2 * MINUTE),
      [1, 2, 2, 0],
    );
  });

  it('equals counting every window one by one', () => {
    const times = fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 80 });
    fc.assert(
      fc.property(times, times, fc.integer({ min: 0, max: 3_000 }), (called, at, window) => {
        const sortedCalls = Float64Array.from(called).sort();
        const sortedTimes = [...at].sort((a, b) => a - b);
        const naive = sortedTimes.map(
          (time) => called.filter((call) => call > time - window && call <= time).length,
        );
        assert.deepEqual(trailingCounts(sortedCalls, sortedTimes, window), naive);
      }),
    );
  });
});
