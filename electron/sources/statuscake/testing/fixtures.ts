import assert from 'node:assert/strict';
import { SecretValue } from '../../../shared/config/secret.ts';
import type { SourceConfigOf } from '../source-client.ts';
import { SourceError, type SourceErrorCategory } from '../source-error.ts';
import type { Clock } from './clock.ts';

/** Test helpers for the StatusCake client; not used by the app. */

export const TOKEN = 'sc-test-token-7f3a';
export const START = Date.parse('2026-11-28T10:00:00Z');

/**
 * Virtual time shared by client and server: it moves only when the client sleeps or a
 * test advances it, so a minute of rate limiting runs in milliseconds.
 */
export class FakeClock implements Clock {
  #now: number;
  readonly sleeps: number[] = [];

  constructor(start = START) {
    this.#now = start;
  }

  now = (): number => this.#now;

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    this.#now += Math.max(0, ms);
  };

  advance(ms: number): void {
    this.#now += ms;
  }
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
  now: Date = new Date(),
  signal: AbortSignal = new AbortController().signal,
) {
  return { now, signal };
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
