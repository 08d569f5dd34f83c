import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SourceError } from '../sources/source-error.ts';
import { MAX_BACKOFF_MS, nextPollDelayMs } from './poll-schedule.ts';

const failure = (retryAfterMs: number | null = null) =>
  new SourceError('server-error', 'HTTP 500', retryAfterMs);

describe('nextPollDelayMs', () => {
  it('waits one interval after a success', () => {
    assert.equal(nextPollDelayMs(60_000, 0, null), 60_000);
  });

  it('never polls a failing source sooner than its interval', () => {
    assert.equal(
      nextPollDelayMs(60_000, 1, failure(), () => 0),
      60_000,
    );
  });

  it('backs off exponentially with full jitter, capped', () => {
    assert.equal(
      nextPollDelayMs(10_000, 3, failure(), () => 0.999999),
      Math.floor(0.999999 * 40_000),
    );
    assert.equal(
      nextPollDelayMs(10_000, 30, failure(), () => 0.999999),
      Math.floor(0.999999 * MAX_BACKOFF_MS),
    );
  });

  it('waits out a Retry-After longer than the backoff', () => {
    assert.equal(
      nextPollDelayMs(10_000, 1, failure(120_000), () => 0.5),
      120_000,
    );
  });

  it('counts the cadence from the start of the poll: a slow poll does not drift', () => {
    assert.equal(nextPollDelayMs(60_000, 0, null, Math.random, 20_000), 40_000);
    assert.equal(
      nextPollDelayMs(60_000, 1, failure(), () => 0, 15_000),
      45_000,
    );
  });

  it('polls again at once after a poll longer than the interval', () => {
    assert.equal(nextPollDelayMs(60_000, 0, null, Math.random, 75_000), 0);
  });

  it('counts a Retry-After from the answer, not from the start of the poll', () => {
    assert.equal(
      nextPollDelayMs(10_000, 1, failure(30_000), () => 0, 8_000),
      30_000,
    );
  });
});
