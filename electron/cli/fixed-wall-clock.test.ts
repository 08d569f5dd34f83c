import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { fixedWallClock } from './fixed-wall-clock.ts';

describe('snapshot --now', () => {
  it('stands the wall clock at the instant, while waits and the budget run on', async () => {
    const base = new FakeClock('2026-11-29T08:00:00.000Z', { autoAdvance: true });
    const clock = fixedWallClock(new Date('2020-10-10T12:00:00Z'), base);
    await clock.sleep(1_500);
    assert.equal(new Date(clock.now()).toISOString(), '2020-10-10T12:00:00.000Z');
    assert.equal(clock.monotonic(), 1_500);
    assert.deepEqual(base.sleeps, [1_500]);
  });
});
