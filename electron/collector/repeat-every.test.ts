import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { repeatEvery } from './repeat-every.ts';

const settle = async () => {
  for (let turn = 0; turn < 5; turn++) await nextTurn();
};

describe('repeatEvery', () => {
  it('ticks once per interval of the clock, and never after stop', async () => {
    const clock = new FakeClock();
    const ticks: number[] = [];
    const stop = repeatEvery(clock, 100, () => ticks.push(clock.monotonic()));
    for (let step = 0; step < 3; step++) {
      await settle();
      clock.advance(100);
    }
    await settle();
    stop();
    clock.advance(1_000);
    await settle();
    assert.deepEqual(ticks, [100, 200, 300]);
  });

  it('waits for a slow tick before it counts the next interval: never two at once', async () => {
    const clock = new FakeClock();
    let running = 0;
    let most = 0;
    const stop = repeatEvery(clock, 10, async () => {
      most = Math.max(most, ++running);
      await clock.sleep(25);
      running--;
    });
    for (let step = 0; step < 20; step++) {
      await settle();
      clock.advance(5);
    }
    stop();
    assert.equal(most, 1);
  });
});
