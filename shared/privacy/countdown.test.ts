import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byUrgency, countdown, deadlineOf, NOTIFY_WITHIN_MS, stageAt } from './countdown.ts';
import { formatMoment } from './local-time.ts';
import { sampleClock, sampleDecision } from './testing/sample-clocks.ts';

const HOUR = 3_600_000;
const AWARE = '2026-11-27T13:00:00.000Z';
const at = (hours: number) => Date.parse(AWARE) + hours * HOUR;

describe('the 72-hour countdown', () => {
  it('ends 72 real hours after the moment of awareness', () => {
    assert.equal(NOTIFY_WITHIN_MS, 259_200_000);
    assert.equal(new Date(deadlineOf(AWARE)).toISOString(), '2026-11-30T13:00:00.000Z');
    const state = countdown(sampleClock(AWARE), at(41));
    assert.equal(state.elapsedMs, 41 * HOUR);
    assert.equal(state.leftMs, 31 * HOUR);
  });

  it('passes its stages at 24 h and 48 h elapsed, 12 h left and the deadline', () => {
    const cases: [number, string][] = [
      [-1, 'first-day'],
      [0, 'first-day'],
      [23.99, 'first-day'],
      [24, 'past-24h'],
      [47.99, 'past-24h'],
      [48, 'past-48h'],
      [59.99, 'past-48h'],
      [60, 'last-12h'],
      [71.99, 'last-12h'],
      [72, 'overdue'],
      [500, 'overdue'],
    ];
    for (const [hours, stage] of cases) {
      assert.equal(stageAt(hours * HOUR), stage, `${hours} h`);
      assert.equal(countdown(sampleClock(AWARE), at(hours)).stage, stage, `${hours} h`);
    }
  });

  it('says when the stage changes next, and nothing once overdue', () => {
    const clock = sampleClock(AWARE);
    assert.equal(countdown(clock, at(1)).nextStageAt, at(24));
    assert.equal(countdown(clock, at(30)).nextStageAt, at(48));
    assert.equal(countdown(clock, at(50)).nextStageAt, at(60));
    assert.equal(countdown(clock, at(61)).nextStageAt, at(72));
    assert.equal(countdown(clock, at(73)).nextStageAt, null);
  });

  it('stops at the decision: no stage, and the time as it stood then', () => {
    const clock = sampleClock(AWARE, { decision: sampleDecision(new Date(at(30)).toISOString()) });
    const state = countdown(clock, at(100));
    assert.equal(state.stage, null);
    assert.equal(state.nextStageAt, null);
    assert.equal(state.elapsedMs, 30 * HOUR);
    assert.equal(state.leftMs, 42 * HOUR);
  });

  it('goes negative after the deadline', () => {
    assert.equal(countdown(sampleClock(AWARE), at(75)).leftMs, -3 * HOUR);
  });
});

describe('the deadline across a daylight-saving change in Europe/Amsterdam', () => {
  const zone = 'Europe/Amsterdam';

  it('stays 72 real hours when the clocks go back (25 Oct 2026): the wall time is an hour earlier', () => {
    // Saturday 14:00 CEST (UTC+2); the deadline falls after the change, in CET (UTC+1).
    const aware = '2026-10-24T12:00:00.000Z';
    const deadline = deadlineOf(aware);
    assert.equal(deadline - Date.parse(aware), 72 * HOUR);
    assert.equal(new Date(deadline).toISOString(), '2026-10-27T12:00:00.000Z');
    assert.equal(formatMoment(aware, 'en', zone, { zone: true }), 'Sat 24 Oct 14:00 CEST');
    assert.equal(formatMoment(deadline, 'en', zone, { zone: true }), 'Tue 27 Oct 13:00 CET');
  });

  it('stays 72 real hours when the clocks go forward (29 Mar 2026): the wall time is an hour later', () => {
    const aware = '2026-03-28T13:00:00.000Z';
    const deadline = deadlineOf(aware);
    assert.equal(new Date(deadline).toISOString(), '2026-03-31T13:00:00.000Z');
    assert.equal(formatMoment(aware, 'nl', zone), 'za 28 mrt 14:00');
    assert.equal(formatMoment(deadline, 'nl', zone), 'di 31 mrt 15:00');
  });

  it('counts the stages in real hours through the change too', () => {
    const aware = '2026-10-24T12:00:00.000Z';
    const clock = sampleClock(aware);
    // 24 real hours later the wall clock reads 13:00, not 14:00: the stage changes then.
    const dayLater = Date.parse('2026-10-25T12:00:00.000Z');
    assert.equal(formatMoment(dayLater, 'nl', zone), 'zo 25 okt 13:00');
    assert.equal(countdown(clock, dayLater - 1).stage, 'first-day');
    assert.equal(countdown(clock, dayLater).stage, 'past-24h');
  });
});

describe('urgency', () => {
  it('puts running clocks before decided ones, the nearest deadline first', () => {
    const late = sampleClock('2026-11-28T10:00:00.000Z', { id: 'late' });
    const early = sampleClock('2026-11-27T10:00:00.000Z', { id: 'early' });
    const decided = sampleClock('2026-11-26T10:00:00.000Z', {
      id: 'decided',
      decision: sampleDecision('2026-11-26T12:00:00.000Z'),
    });
    assert.deepEqual(
      [decided, late, early].sort(byUrgency).map((clock) => clock.id),
      ['early', 'late', 'decided'],
    );
  });
});
