import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latencyOf, withPoll } from './latency.ts';
import type { PollTiming } from './source-detail.ts';

const poll = (durationMs: number, ok = true): PollTiming => ({
  at: '2026-11-29T13:00:00.000Z',
  durationMs,
  ok,
});

describe('latencyOf', () => {
  it('says nothing before the first poll', () => {
    assert.equal(latencyOf([]), null);
  });

  it('takes the middle one of an odd count and the mean of the middle two of an even count', () => {
    assert.deepEqual(latencyOf([poll(900), poll(100), poll(300)]), {
      count: 3,
      medianMs: 300,
      maxMs: 900,
    });
    assert.deepEqual(latencyOf([poll(400), poll(100), poll(300), poll(2000, false)]), {
      count: 4,
      medianMs: 350,
      maxMs: 2000,
    });
  });
});

describe('withPoll', () => {
  it('keeps the newest ones, oldest first', () => {
    let polls: PollTiming[] = [];
    for (let n = 1; n <= 12; n++) polls = withPoll(polls, poll(n), 10);
    assert.deepEqual(
      polls.map((kept) => kept.durationMs),
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
  });
});
