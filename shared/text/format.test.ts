import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMinutes } from './format.ts';

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
