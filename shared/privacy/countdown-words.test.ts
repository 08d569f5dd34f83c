import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatHoursLeft, formatHoursMinutesNl, formatStopwatch } from './countdown-words.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('time left in words', () => {
  it('says whole hours while there are twelve or more, rounded down', () => {
    assert.equal(formatHoursLeft(31 * HOUR + 59 * MINUTE, 'nl'), '31 u');
    assert.equal(formatHoursLeft(31 * HOUR + 59 * MINUTE, 'en'), '31 h');
    assert.equal(formatHoursLeft(72 * HOUR, 'nl'), '72 u');
    assert.equal(formatHoursLeft(12 * HOUR + 30 * MINUTE, 'en'), '12 h');
  });

  it('says hours and minutes in the last twelve, then minutes, then "< 1 min"', () => {
    assert.equal(formatHoursLeft(9 * HOUR + 40 * MINUTE + 59_000, 'nl'), '9 u 40 min');
    assert.equal(formatHoursLeft(9 * HOUR + 40 * MINUTE, 'en'), '9 h 40 min');
    assert.equal(formatHoursLeft(3 * HOUR, 'en'), '3 h');
    assert.equal(formatHoursLeft(45 * MINUTE + 10_000, 'nl'), '45 min');
    assert.equal(formatHoursLeft(59_999, 'en'), '< 1 min');
    assert.equal(formatHoursLeft(0, 'nl'), '< 1 min');
  });

  it('says an overdue time by its length', () => {
    assert.equal(formatHoursLeft(-3 * HOUR - 5 * MINUTE, 'nl'), '3 u 5 min');
  });
});

describe('the stopwatch', () => {
  it('shows hours past 24, minutes and seconds, padded', () => {
    assert.equal(formatStopwatch(72 * HOUR), '72:00:00');
    assert.equal(formatStopwatch(71 * HOUR + 59 * MINUTE + 59_999), '71:59:59');
    assert.equal(formatStopwatch(5_000), '00:00:05');
    assert.equal(formatStopwatch(-(102 * HOUR + 3 * MINUTE)), '102:03:00');
  });
});

describe('hours and minutes for a summary', () => {
  it('reads "31 uur 12 min"', () => {
    assert.equal(formatHoursMinutesNl(31 * HOUR + 12 * MINUTE + 30_000), '31 uur 12 min');
    assert.equal(formatHoursMinutesNl(40 * MINUTE), '0 uur 40 min');
  });
});
