import assert from 'node:assert/strict';
import { SecretValue } from '../../../../shared/config/secret.ts';
import { systemClock, type Clock } from '../../../time/clock.ts';
import { FakeClock } from '../../../time/testing/fake-clock.ts';
import type { PollContext, SourceConfigOf } from '../../source-client.ts';
import { SourceError, type SourceErrorCategory } from '../../source-error.ts';

/** Test helpers for the StatusCake client. */

export const TOKEN = 'sc-test-token-7f3a';
export const START = Date.parse('2026-11-28T10:00:00Z');

/**
 * Virtual time shared by client and server, from START: it moves only when the client sleeps
 * (at once, so a minute of rate limiting runs in milliseconds) or a test advances it.
 */
export function virtualClock(): FakeClock {
  return new FakeClock(START, { autoAdvance: true });
}

export function statusCakeConfig(
  url: string,
  timeoutMs = 10_000,
  token = TOKEN,
): SourceConfigOf<'statuscake'> {
  return {
    id: 'statuscake',
    kind: 'statuscake',
    url,
    token: new SecretValue(token, 'test'),
    interval: 60_000,
    timeout: timeoutMs,
  };
}

export function pollContext(
  clock: Clock = systemClock,
  signal: AbortSignal = new AbortController().signal,
): PollContext {
  return { clock, signal };
}

/** The SourceError a promise rejects with, checked to be of the category. */
export async function sourceError(
  promise: Promise<unknown>,
  category: SourceErrorCategory,
): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
    assert.equal(error.category, category, error.message);
    return error;
  }
  return assert.fail(`expected a ${category} SourceError`);
}

/** The most timestamps that fall in any window of `windowMs` (a window [t, t + windowMs)). */
export function mostInAnyWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
