import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { SourceError } from '../source-error.ts';
import type { FakeClock } from '../../time/testing/fake-clock.ts';
import { mostInAnyWindow, sourceError, START, virtualClock } from './testing/fixtures.ts';
import { addChecks, startWorld, type World, type WorldOptions } from './testing/world.ts';

let world: World | null = null;
afterEach(async () => {
  await world?.server.close();
  world = null;
});

async function start(options: WorldOptions = {}): Promise<World & { clock: FakeClock }> {
  const clock = virtualClock();
  world = await startWorld({ clock, ...options });
  return { ...world, clock };
}

function times(current: World): number[] {
  return current.server.requests.map((record) => record.at);
}

describe('StatusCake client and rate limits', () => {
  it('reads the periods of 150 newly-down checks over several polls, never over 5/s or 60/min', async () => {
    const current = await start();
    const ids = addChecks(current.server, 155);
    for (const id of ids.slice(0, 150)) current.server.dataset.setDown(id, START - 120_000);
    let polls = 0;
    for (;;) {
      polls += 1;
      try {
        const signals = await current.poll();
        assert.ok(signals.kind === 'statuscake');
        assert.equal(signals.checks.filter((check) => check.downSince !== null).length, 150);
        break;
      } catch (error) {
        assert.ok(error instanceof SourceError && error.category === 'rate-limited', String(error));
        assert.ok(polls < 10, 'the cache lets every poll make progress');
        current.clock.advance(60_000);
      }
    }
    assert.deepEqual(
      new Set(current.server.requests.map((record) => record.status)),
      new Set([200]),
    );
    assert.ok(mostInAnyWindow(times(current), 1000) <= 5);
    assert.ok(mostInAnyWindow(times(current), 60_000) <= 60);
    // One list page pair per poll, and each check's periods read once.
    assert.equal(current.server.requests.length, polls * 2 + 150);
  });

  it('keeps to 5 per second on the real clock, as the server counts arrivals', async () => {
    world = await startWorld({ timeoutMs: 5000 });
    const ids = addChecks(world.server, 7);
    for (const id of ids) world.server.dataset.setDown(id, Date.now() - 60_000);
    await world.poll();
    assert.equal(world.server.requests.length, 8);
    assert.ok(world.server.requests.every((record) => record.status === 200));
    assert.ok(mostInAnyWindow(times(world), 1000) <= 5);
  });

  it('waits within the poll for the window to reset when the server says none are left', async () => {
    const current = await start({
      rateLimits: [{ limit: 3, windowSeconds: 10 }],
      timeoutMs: 30_000,
    });
    const ids = addChecks(current.server, 5);
    for (const id of ids) current.server.dataset.setDown(id, START - 60_000);
    await current.poll();
    assert.equal(current.server.requests.length, 6);
    assert.ok(current.server.requests.every((record) => record.status === 200));
    assert.ok(mostInAnyWindow(times(current), 10_000) <= 3);
  });

  it('fails as rate-limited, without a refused request, when the reset comes after the deadline', async () => {
    const current = await start({
      rateLimits: [{ limit: 3, windowSeconds: 60 }],
      timeoutMs: 10_000,
    });
    const ids = addChecks(current.server, 5);
    for (const id of ids) current.server.dataset.setDown(id, START - 60_000);
    const error = await sourceError(current.poll(), 'rate-limited');
    assert.ok(
      error.retryAfterMs !== null && error.retryAfterMs > 10_000 && error.retryAfterMs <= 61_000,
    );
    assert.equal(current.server.requests.length, 3);
    assert.ok(current.server.requests.every((record) => record.status === 200));
  });

  for (const form of ['seconds', 'date'] as const) {
    it(`after a 429 with Retry-After as ${form}, sends nothing before it has passed`, async () => {
      const current = await start();
      addChecks(current.server, 2);
      current.server.injectFault({ kind: 'rate-limited', retryAfterSeconds: 30, form });
      const error = await sourceError(current.poll(), 'rate-limited');
      assert.equal(error.retryAfterMs, 30_000);
      const refusedAt = current.server.requests[0]?.at ?? 0;
      current.clock.advance(5000);
      await sourceError(current.poll(), 'rate-limited');
      assert.equal(current.server.requests.length, 1, 'no request while the block runs');
      current.clock.advance(20_000);
      const signals = await current.poll();
      assert.equal(signals.kind === 'statuscake' && signals.checks.length, 2);
      const [refused, next] = current.server.requests;
      assert.equal(refused?.status, 429);
      assert.ok((next?.at ?? 0) >= refusedAt + 30_000);
      assert.equal(next?.status, 200);
    });
  }

  it('after a 429 without Retry-After, waits for the reset of the exhausted window', async () => {
    const current = await start({ rateLimits: [{ limit: 2, windowSeconds: 20 }] });
    addChecks(current.server, 1);
    // Another token of the same account used the quota (the limit is per account).
    for (let i = 0; i < 2; i += 1) {
      await fetch(`${current.server.url}/v1/uptime`, { headers: { Authorization: 'Bearer x' } });
    }
    const error = await sourceError(current.poll(), 'rate-limited');
    assert.equal(error.retryAfterMs, 20_000);
    current.clock.advance(5000);
    await sourceError(current.poll(), 'rate-limited');
    assert.equal(current.server.requests.length, 3);
    // 15 s later the last 5 s of the wait fit in the poll's 10 s deadline.
    current.clock.advance(10_000);
    await current.poll();
    assert.deepEqual(
      current.server.requests.map((record) => record.status),
      [403, 403, 429, 200],
    );
    const [, , refused, next] = current.server.requests;
    assert.ok((next?.at ?? 0) >= (refused?.at ?? 0) + 20_000);
  });
});
