import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  expectedCounts,
  median,
  periodIndex,
  periodsOf,
  type KindCounts,
} from './spike-baseline.ts';
import { HOUR, MINUTE } from './testing/rule-fixtures.ts';

/** The default rule's window and baseline: twelve half hours. */
const RULE = { window: HOUR, baseline: 6 * HOUR };
const twelve = (count: number) => new Array<number>(12).fill(count);
const expected = (kinds: Record<string, KindCounts>, rule = RULE) =>
  Object.fromEntries(expectedCounts(rule, new Map(Object.entries(kinds))));
/** The old, plain expectation: the kind's count over the baseline, moved with the rest. */
function plain(kinds: Record<string, KindCounts>, value: string): number {
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const own = sum(kinds[value]!.periods);
  const others = Object.entries(kinds).filter(([name]) => name !== value);
  const rest = sum(others.map(([, kind]) => sum(kind.periods)));
  const restRecent = sum(others.map(([, kind]) => kind.recent));
  return Math.max((own / 6) * 0.8, (own * restRecent) / rest);
}

describe('spike-baseline periods', () => {
  it('cuts the baseline into half windows', () => {
    assert.deepEqual(periodsOf(HOUR, 6 * HOUR), { count: 12, width: 30 * MINUTE });
    // 2 h / 22.5 min = 5.33: five periods of 24 minutes.
    assert.deepEqual(periodsOf(45 * MINUTE, 2 * HOUR), { count: 5, width: 24 * MINUTE });
  });

  it('is one period for a baseline shorter than half the window, none wider than needed', () => {
    assert.deepEqual(periodsOf(HOUR, 10 * MINUTE), { count: 1, width: 10 * MINUTE });
    assert.deepEqual(periodsOf(HOUR, 0), { count: 1, width: 0 });
  });

  it('caps the number of periods (a minute window over 30 days)', () => {
    assert.deepEqual(periodsOf(MINUTE, 30 * 24 * HOUR), { count: 48, width: 15 * HOUR });
    assert.equal(periodsOf(0, 6 * HOUR).count, 48);
  });

  it('counts periods back from the window start, each (start, end] like the window', () => {
    const periods = periodsOf(HOUR, 6 * HOUR);
    const windowStart = 10 * HOUR;
    assert.equal(periodIndex(periods, windowStart, windowStart), 0);
    assert.equal(periodIndex(periods, windowStart, windowStart - 30 * MINUTE), 0);
    assert.equal(periodIndex(periods, windowStart, windowStart - 30 * MINUTE - 1), 1);
    assert.equal(periodIndex(periods, windowStart, windowStart - 6 * HOUR + 1), 11);
  });

  it('median: the middle value, the mean of the middle two, 0 for none', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 100]), 3.5);
    assert.equal(median([]), 0);
  });
});

describe('spike-baseline expected counts', () => {
  it('without spikes, is the plain count over the baseline moved with the rest', () => {
    // Everything doubles halfway through the baseline and again in the window: an even rise.
    const ramp = (perHalfHour: number, recent: number): KindCounts => ({
      recent,
      periods: [...twelve(2 * perHalfHour).slice(6), ...twelve(perHalfHour).slice(6)],
    });
    const kinds = { Bluetooth: ramp(5, 20), Installatie: ramp(15, 60), Overig: ramp(10, 40) };
    const result = expected(kinds);
    for (const value of Object.keys(kinds)) assert.equal(result[value], plain(kinds, value));
    assert.equal(result.Bluetooth, 20);
  });

  it('a spike in the baseline counts as a busy half hour at most, not with all its reports', () => {
    const steady = {
      Bluetooth: { recent: 20, periods: twelve(10) },
      Overig: { recent: 60, periods: twelve(30) },
    };
    const spiked = {
      ...steady,
      Bluetooth: { recent: 20, periods: [10, 10, 10, 130, ...twelve(10).slice(4)] },
    };
    assert.equal(expected(steady).Bluetooth, 20);
    // The 130 counts as 10 + 3√10 ≈ 19.5: 9.5 more over 6 h, 1.6 an hour (plainly: 20).
    assert.equal(Math.round(expected(spiked).Bluetooth! * 10) / 10, 21.6);
    assert.equal(plain(spiked, 'Bluetooth'), 40);
  });

  it('a spike of another kind in the baseline does not lower what is expected of this one', () => {
    const kinds = {
      Bluetooth: { recent: 20, periods: twelve(10) },
      Overig: { recent: 60, periods: [30, 30, 300, ...twelve(30).slice(3)] },
    };
    // The rest looks busier than it was when Overig's 270 extra reports count: 20 → 17.
    assert.ok(Math.abs(expected(kinds).Bluetooth! - 20) < 1);
    assert.ok(plain(kinds, 'Bluetooth') < 17.5);
  });

  it('an even rise within the baseline is not cut back as a spike', () => {
    // The whole queue five times busier in its last two half hours (a launch morning).
    const morning = (base: number, recent: number): KindCounts => ({
      recent,
      periods: [5 * base, 5 * base, ...twelve(base).slice(2)],
    });
    const kinds = { Bluetooth: morning(4, 40), Installatie: morning(12, 120) };
    assert.equal(expected(kinds).Bluetooth, plain(kinds, 'Bluetooth'));
  });

  it('a kind on its own is judged against its own median half hour', () => {
    const alone = { Helpdesk: { recent: 50, periods: [20, 20, 200, ...twelve(20).slice(3)] } };
    // 200 counts as 20 + 3√20 ≈ 33.4: (11 × 20 + 33.4) / 6 ≈ 42.2 (plainly 70).
    assert.equal(Math.round(expected(alone).Helpdesk! * 10) / 10, 42.2);
  });

  it('a dominant kind next to a rare one keeps its ordinary half hours', () => {
    // The rare kind's 0–3 reports give no share to speak of; Helpdesk's 50s are its normal.
    const kinds = {
      Helpdesk: { recent: 100, periods: [52, 48, 50, 55, 45, 50, 49, 51, 50, 50, 47, 53] },
      Overig: { recent: 1, periods: [0, 3, 1, 0, 2, 0, 1, 3, 0, 0, 1, 2] },
    };
    assert.equal(expected(kinds).Helpdesk, plain(kinds, 'Helpdesk'));
  });

  it('is 0, not NaN, for an empty baseline or window', () => {
    const kinds = { Bluetooth: { recent: 20, periods: [0] } };
    assert.deepEqual(expected(kinds, { window: HOUR, baseline: 0 }), { Bluetooth: 0 });
    const none = { Bluetooth: { recent: 0, periods: new Array<number>(48).fill(1) } };
    assert.deepEqual(expected(none, { window: 0, baseline: 6 * HOUR }), { Bluetooth: 0 });
  });
});
