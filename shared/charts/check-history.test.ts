import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Check } from '../signals/signals.ts';
import { HOUR, MINUTE, NOW, check } from '../rules/testing/rule-fixtures.ts';
import type { CheckSegment } from './chart-schema.ts';
import { CheckHistory } from './check-history.ts';

/** A time `minutes` after NOW (before it when negative). */
const t = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);
const segment = (status: CheckSegment['status'], from: number, to: number): CheckSegment => ({
  status,
  from: t(from).toISOString(),
  to: t(to).toISOString(),
});

const up = (overrides: Partial<Check> = {}) => check({ id: 'site', status: 'up', ...overrides });
const down = (downSince: number | null, overrides: Partial<Check> = {}) =>
  check({
    id: 'site',
    status: 'down',
    downSince: downSince === null ? null : t(downSince).toISOString(),
    ...overrides,
  });

/** Records each [minute, checks] in turn; null checks stand for a failed poll. */
function historyOf(polls: readonly (readonly [number, readonly Check[] | null])[]): CheckHistory {
  const history = new CheckHistory();
  for (const [minute, checks] of polls) {
    if (checks) history.record(checks, t(minute));
    else history.recordUnknown(t(minute));
  }
  return history;
}

describe('CheckHistory segments', () => {
  it('merges polls of one status into one segment, unknown before the first poll', () => {
    const history = historyOf([
      [0, [up()]],
      [1, [up()]],
      [2, [up()]],
    ]);
    assert.deepEqual(history.segments('site', t(-5), t(3)), [
      segment('unknown', -5, 0),
      segment('up', 0, 3),
    ]);
  });

  it('draws a change from the poll that saw it when StatusCake gives no start', () => {
    const history = historyOf([
      [0, [up()]],
      [1, [down(null)]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(3)), [
      segment('up', 0, 1),
      segment('down', 1, 3),
    ]);
  });

  it('starts a down period at downSince, before the poll that first saw it', () => {
    const history = historyOf([
      [0, [up()]],
      [1, [up()]],
      [2, [down(0.5)]],
      [3, [down(0.5)]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(4)), [
      segment('up', 0, 0.5),
      segment('down', 0.5, 4),
    ]);
  });

  it('starts it at downSince even before the first observation', () => {
    const history = historyOf([[0, [down(-10)]]]);
    assert.deepEqual(history.segments('site', t(-15), t(1)), [
      segment('unknown', -15, -10),
      segment('down', -10, 1),
    ]);
  });

  it('moves the start back when downSince arrives after the first down poll', () => {
    const history = historyOf([
      [0, [up()]],
      [2, [down(null)]],
      [3, [down(1)]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(4)), [
      segment('up', 0, 1),
      segment('down', 1, 4),
    ]);
  });

  it('keeps the poll time when downSince is later than it (the poll saw it first)', () => {
    const history = historyOf([
      [0, [up()]],
      [1, [down(null)]],
      [2, [down(1.5)]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(3)), [
      segment('up', 0, 1),
      segment('down', 1, 3),
    ]);
  });

  it('shows a paused check as paused, whatever its status and downSince', () => {
    const history = historyOf([
      [0, [up()]],
      [1, [down(-30, { paused: true })]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(2)), [
      segment('up', 0, 1),
      segment('paused', 1, 2),
    ]);
  });

  it('is unknown from a failed poll until the next successful one', () => {
    const history = historyOf([
      [0, [up()]],
      [1, null],
      [2, null],
      [3, [up()]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(4)), [
      segment('up', 0, 1),
      segment('unknown', 1, 3),
      segment('up', 3, 4),
    ]);
  });

  it('stays unknown after a failed poll while no poll succeeds', () => {
    const history = historyOf([
      [0, [up()]],
      [1, null],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(10)), [
      segment('up', 0, 1),
      segment('unknown', 1, 10),
    ]);
  });

  it('lets downSince win over an unknown gap (the source knew when it went down)', () => {
    const history = historyOf([
      [0, [up()]],
      [1, null],
      [3, [down(2)]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(4)), [
      segment('up', 0, 1),
      segment('unknown', 1, 2),
      segment('down', 2, 4),
    ]);
  });

  it('clips to [from, to]', () => {
    const history = historyOf([
      [0, [up()]],
      [10, [down(null)]],
    ]);
    assert.deepEqual(history.segments('site', t(5), t(12)), [
      segment('up', 5, 10),
      segment('down', 10, 12),
    ]);
  });

  it('knows nothing of an unknown id, and has nothing for an empty span', () => {
    const history = historyOf([[0, [up()]]]);
    assert.deepEqual(history.segments('nope', t(0), t(1)), [segment('unknown', 0, 1)]);
    assert.deepEqual(history.segments('site', t(1), t(1)), []);
  });

  it('never lets spans overlap when the wall clock is set back', () => {
    const history = historyOf([
      [10, [up()]],
      [5, [down(null)]],
    ]);
    assert.deepEqual(history.segments('site', t(10), t(12)), [segment('down', 10, 12)]);
  });
});

describe('CheckHistory with checks that come and go', () => {
  const other = check({ id: 'other' });

  it('turns a check unknown from its last poll once it missed three polls', () => {
    const polls: [number, Check[]][] = [
      [0, [up(), other]],
      [1, [up(), other]],
      ...[2, 3, 4].map((minute): [number, Check[]] => [minute, [other]]),
    ];
    assert.deepEqual(historyOf(polls.slice(0, 4)).segments('site', t(0), t(5)), [
      segment('up', 0, 5),
    ]);
    assert.deepEqual(historyOf(polls).segments('site', t(0), t(5)), [
      segment('up', 0, 1),
      segment('unknown', 1, 5),
    ]);
  });

  it('keeps the gap unknown when the check comes back', () => {
    const history = historyOf([
      [0, [up(), other]],
      [1, [up(), other]],
      [2, [other]],
      [3, [other]],
      [4, [other]],
      [5, [up(), other]],
    ]);
    assert.deepEqual(history.segments('site', t(0), t(6)), [
      segment('up', 0, 1),
      segment('unknown', 1, 5),
      segment('up', 5, 6),
    ]);
  });

  it('keeps each of two StatusCake sources’ checks known though every poll lacks the other’s', () => {
    const history = new CheckHistory();
    for (let minute = 0; minute < 10; minute++) {
      history.record([up()], t(minute));
      history.record([other], t(minute + 0.5));
    }
    assert.deepEqual(history.segments('site', t(0), t(10)), [segment('up', 0, 10)]);
  });

  it('lists the known checks with their newest name and tags', () => {
    const history = historyOf([
      [0, [up({ name: 'old' }), other]],
      [1, [up({ name: 'new', tags: ['ggd-portal'] })]],
    ]);
    assert.deepEqual(
      history.knownChecks().map(({ id, name, tags }) => ({ id, name, tags })),
      [
        { id: 'site', name: 'new', tags: ['ggd-portal'] },
        { id: 'other', name: other.name, tags: other.tags },
      ],
    );
  });
});

describe('CheckHistory memory', () => {
  /** A check that flips between up and down at every poll, `every` minutes for `hours`. */
  function flapping(history: CheckHistory, hours: number, every: number): number {
    let minute = 0;
    for (; minute <= hours * 60; minute += every) {
      history.record([minute % (2 * every) === 0 ? up() : down(null)], t(minute));
    }
    return minute - every;
  }

  it('forgets spans that ended more than a day before the newest poll', () => {
    const history = new CheckHistory();
    const last = flapping(history, 30, 10);
    const segments = history.segments('site', t(last - 48 * 60), t(last));
    const [first, second] = segments;
    assert.equal(first?.status, 'unknown');
    // The oldest span kept is the one that ends within the day.
    const kept = Date.parse(second?.from ?? '');
    assert.ok(kept >= t(last).getTime() - 24 * HOUR - 10 * MINUTE);
    assert.ok(kept < t(last).getTime() - 23 * HOUR);
  });

  it('keeps at most 1,440 spans of a check that flaps at every poll', () => {
    const history = new CheckHistory();
    const last = flapping(history, 24, 0.5);
    const segments = history.segments('site', t(-60), t(last + 1));
    assert.equal(segments.filter((s) => s.status !== 'unknown').length, 1_440);
  });

  it('keeps the newest spans when the cap is lower', () => {
    const history = new CheckHistory({ maxSpansPerCheck: 10 });
    const last = flapping(history, 2, 1);
    const segments = history.segments('site', t(-60), t(last + 1));
    assert.deepEqual(
      segments.map((s) => s.status),
      ['unknown', ...Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'down' : 'up'))],
    );
    assert.deepEqual(segments[segments.length - 1], segment('up', last, last + 1));
  });

  it('forgets a check no poll has returned for a day', () => {
    const other = check({ id: 'other' });
    const history = historyOf([
      [0, [up(), other]],
      [24 * 60, [other]],
      [24 * 60 + 1, [other]],
    ]);
    assert.deepEqual(
      history.knownChecks().map((known) => known.id),
      ['other'],
    );
    assert.deepEqual(history.segments('site', t(0), t(10)), [segment('unknown', 0, 10)]);
  });

  it('forgets nothing of a check that failed polls only keep unknown', () => {
    const history = historyOf([
      [0, [up()]],
      [60, null],
    ]);
    assert.deepEqual(
      history.knownChecks().map((known) => known.id),
      ['site'],
    );
  });
});
