import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { FakeClock } from '../../time/testing/fake-clock.ts';
import { RateLimiter } from './rate-limiter.ts';
import { mostInAnyWindow, sourceError, virtualClock } from './testing/fixtures.ts';

const NO_ADVICE = { policies: [], remaining: null, resetMs: null };

/** Acquires `count` slots with a generous deadline, returning when each was granted. */
async function grant(
  limiter: RateLimiter,
  clock: FakeClock,
  count: number,
  gaps: readonly number[] = [],
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    clock.advance(gaps[i % Math.max(1, gaps.length)] ?? 0);
    await limiter.acquire(clock.monotonic() + 3_600_000);
    times.push(clock.monotonic());
  }
  return times;
}

describe('RateLimiter', () => {
  it('keeps to 5 per second and the documented 60 per minute before any header is seen', async () => {
    const clock = virtualClock();
    const times = await grant(new RateLimiter(clock), clock, 200);
    assert.ok(mostInAnyWindow(times, 1000) <= 5);
    assert.ok(mostInAnyWindow(times, 60_000) <= 60);
  });

  it('keeps to any policy the headers announce, and to 5 per second whatever they say', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 10 }),
        async (limit, windowSeconds, gaps) => {
          const clock = virtualClock();
          const limiter = new RateLimiter(clock);
          limiter.observe({ ...NO_ADVICE, policies: [{ limit, windowMs: windowSeconds * 1000 }] });
          const times = await grant(limiter, clock, 80, gaps);
          assert.ok(mostInAnyWindow(times, windowSeconds * 1000) <= limit);
          assert.ok(mostInAnyWindow(times, 1000) <= 5);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('waits for the reset when no request is left in the window', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock);
    limiter.observe({ ...NO_ADVICE, remaining: 0, resetMs: 7000 });
    const start = clock.monotonic();
    await limiter.acquire(start + 10_000);
    assert.equal(clock.monotonic() - start, 7000);
  });

  it('fails fast as rate-limited when the wait does not fit the deadline, and remembers the block', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock);
    limiter.block(30_000);
    const error = await sourceError(limiter.acquire(clock.monotonic() + 10_000), 'rate-limited');
    assert.equal(error.retryAfterMs, 30_000);
    assert.deepEqual(clock.sleeps, []);
    clock.advance(25_000);
    await limiter.acquire(clock.monotonic() + 10_000);
    assert.deepEqual(clock.sleeps, [5000]);
  });

  it('serves concurrent callers one at a time', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock);
    const times: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, () =>
        limiter.acquire(clock.monotonic() + 60_000).then(() => times.push(clock.monotonic())),
      ),
    );
    assert.equal(times.length, 12);
    assert.ok(mostInAnyWindow(times, 1000) <= 5);
  });

  it('passes an abort on', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock);
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await assert.rejects(
      limiter.acquire(clock.monotonic() + 1000, controller.signal),
      /shutting down/,
    );
  });
});
