import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatClock, formatDuration, formatMinutes } from './format.ts';

describe('formatMinutes', () => {
  it('says "< 1 min" under a minute, whole minutes rounded down below the hour', () => {
    assert.equal(formatMinutes(-5_000, 'nl'), '< 1 min');
    assert.equal(formatMinutes(59_999, 'en'), '< 1 min');
    assert.equal(formatMinutes(60_000, 'nl'), '1 min');
    assert.equal(formatMinutes(12 * 60_000 + 59_000, 'en'), '12 min');
  });

  it('gives hours and minutes from the hour on', () => {
    assert.match(formatMinutes(2 * 3_600_000 + 5 * 60_000, 'nl'), /^2 uur,? 5 min$/);
    assert.match(formatMinutes(2 * 3_600_000 + 5 * 60_000, 'en'), /^2 hr,? 5 min$/);
  });
});

describe('formatted durations and days, remembered', () => {
  it('says the same the second time, per language, and tells 50 sec from 50 min', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(formatDuration(50_000, 'nl'), '50 sec');
      assert.equal(formatDuration(50 * 60_000, 'nl'), '50 min');
      assert.match(formatDuration(3 * 86_400_000, 'nl'), /^3 dagen$/);
      assert.match(formatDuration(3 * 86_400_000, 'en'), /^3 days$/);
      assert.equal(formatDuration(0, 'en'), '0 sec');
    }
  });

  it('knows the day in the war room, not the machine, on both sides of midnight', () => {
    const zone = 'Europe/Amsterdam';
    const now = new Date('2026-11-29T22:59:30.000Z'); // 23:59:30 in Amsterdam
    for (let round = 0; round < 2; round++) {
      assert.equal(formatClock('2026-11-29T22:30:00.000Z', 'nl', zone, now), '23:30');
      assert.equal(formatClock('2026-11-29T23:00:00.000Z', 'nl', zone, now), '30 nov, 00:00');
      assert.equal(formatClock('2026-11-29T22:59:59.000Z', 'en', zone, now), '23:59');
    }
  });
});
