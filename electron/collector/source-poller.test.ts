import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { PollContext, SourceClient } from '../sources/source-client.ts';
import { SourceError } from '../sources/source-error.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { SourcePoller, type PollOutcome } from './source-poller.ts';

const EMPTY: SourceSignals = { kind: 'alertmanager', alerts: [] };

/** A client whose every poll is decided by the test. */
function scriptedClient(behaviour: (context: PollContext, call: number) => Promise<SourceSignals>) {
  let calls = 0;
  let running = 0;
  let maxRunning = 0;
  const client: SourceClient = {
    poll: async (context) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      try {
        return await behaviour(context, ++calls);
      } finally {
        running--;
      }
    },
  };
  return { client, calls: () => calls, maxRunning: () => maxRunning };
}

const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Moves `clock` on by `ms` in 10 ms steps, letting the poller and client react to each. */
async function run(clock: FakeClock, ms: number): Promise<void> {
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await nextTurn();
  };
  await settle();
  for (let passed = 0; passed < ms; passed += 10) {
    clock.advance(10);
    await settle();
  }
}

describe('SourcePoller', () => {
  it('polls on a fixed rate: a slow poll does not push the next one back by its own length', async () => {
    const clock = new FakeClock();
    const starts: number[] = [];
    const scripted = scriptedClient(async (context) => {
      starts.push(context.clock.monotonic());
      await context.clock.sleep(120);
      return EMPTY;
    });
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 300,
      timeoutMs: 1000,
      onOutcome: () => {},
      clock,
    });
    poller.start();
    await run(clock, 1000);
    await poller.stop();
    assert.deepEqual(starts, [0, 300, 600, 900]);
  });

  it('keeps its cadence when the wall clock jumps, and dates the next poll by the wall clock', async () => {
    const clock = new FakeClock('2026-11-29T08:00:00.000Z');
    const outcomes: PollOutcome[] = [];
    const poller = new SourcePoller({
      client: scriptedClient(async () => EMPTY).client,
      intervalMs: 300,
      timeoutMs: 1000,
      onOutcome: (outcome) => outcomes.push(outcome),
      clock,
    });
    poller.start();
    await run(clock, 100);
    clock.jumpWall(3_600_000);
    await run(clock, 200);
    await poller.stop();
    assert.deepEqual(
      outcomes.map((outcome) => [outcome.at.toISOString(), outcome.nextPollAt?.toISOString()]),
      [
        ['2026-11-29T08:00:00.000Z', '2026-11-29T08:00:00.300Z'],
        ['2026-11-29T09:00:00.300Z', '2026-11-29T09:00:00.600Z'],
      ],
    );
  });

  it('says when it polls next: after a rate limit, not before its Retry-After', async () => {
    const clock = new FakeClock();
    const scripted = scriptedClient(async () => {
      throw new SourceError('rate-limited', 'HTTP 429', 30_000);
    });
    const outcomes: PollOutcome[] = [];
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 5_000,
      timeoutMs: 1000,
      onOutcome: (outcome) => outcomes.push(outcome),
      clock,
    });
    poller.start();
    await run(clock, 50);
    await poller.stop();
    const [first] = outcomes;
    assert.ok(first && !first.ok);
    assert.equal((first.nextPollAt?.getTime() ?? 0) - first.at.getTime(), 30_000);
    assert.equal(await poller.pollOnce().then((outcome) => outcome.nextPollAt), null);
  });

  it('polls on its interval and never runs two polls of one source at once', async () => {
    const clock = new FakeClock();
    const scripted = scriptedClient(async (context) => {
      await context.clock.sleep(30);
      return EMPTY;
    });
    const outcomes: PollOutcome[] = [];
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 10,
      timeoutMs: 1000,
      onOutcome: (outcome) => outcomes.push(outcome),
      clock,
    });
    poller.start();
    await run(clock, 200);
    await poller.stop();
    assert.ok(scripted.calls() >= 5, `polled ${scripted.calls()} times`);
    assert.equal(scripted.maxRunning(), 1);
    assert.ok(outcomes.every((outcome) => outcome.ok));
  });

  it('ends a hanging poll at its deadline as a timeout, and the client sees the abort', async () => {
    let aborted = false;
    const scripted = scriptedClient(
      (context) =>
        new Promise((_, reject) =>
          context.signal.addEventListener('abort', () => {
            aborted = true;
            reject(context.signal.reason);
          }),
        ),
    );
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 1000,
      timeoutMs: 1000,
      deadlineMs: 50,
      onOutcome: () => {},
    });
    const started = Date.now();
    const outcome = await poller.pollOnce();
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.error.category, 'timeout');
    assert.ok(Date.now() - started < 500);
    assert.equal(aborted, true);
  });

  it('reports a client that ignores the abort on time, but waits for it before polling again', async () => {
    let release: () => void = () => {};
    const scripted = scriptedClient((_, call) =>
      call === 1
        ? new Promise<SourceSignals>((resolve) => (release = () => resolve(EMPTY)))
        : Promise.resolve(EMPTY),
    );
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 1000,
      timeoutMs: 1000,
      deadlineMs: 30,
      onOutcome: () => {},
    });
    const first = await poller.pollOnce();
    assert.equal(first.ok, false);
    const second = poller.pollOnce();
    await until(30);
    assert.equal(scripted.calls(), 1, 'the second poll waits for the first to settle');
    release();
    assert.equal((await second).ok, true);
    assert.equal(scripted.maxRunning(), 1);
  });

  it('turns anything a client throws into a SourceError outcome, never a crash', async () => {
    const scripted = scriptedClient(async () => {
      throw new TypeError('boom');
    });
    const outcome = await new SourcePoller({
      client: scripted.client,
      intervalMs: 10,
      timeoutMs: 100,
      onOutcome: () => {},
    }).pollOnce();
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && outcome.error instanceof SourceError);
  });

  it('honours Retry-After: no poll before it has passed', async () => {
    const clock = new FakeClock();
    const times: number[] = [];
    const scripted = scriptedClient(async (context, call) => {
      times.push(context.clock.monotonic());
      if (call === 1) throw new SourceError('rate-limited', 'HTTP 429', 150);
      return EMPTY;
    });
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 10,
      timeoutMs: 1000,
      onOutcome: () => {},
      clock,
    });
    poller.start();
    await run(clock, 250);
    await poller.stop();
    assert.deepEqual(times.slice(0, 3), [0, 150, 160]);
  });

  it('stops promptly, even in the middle of a long wait', async () => {
    const scripted = scriptedClient(async () => EMPTY);
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 60_000,
      timeoutMs: 1000,
      onOutcome: () => {},
      clock: new FakeClock(),
    });
    poller.start();
    await until(20);
    const started = Date.now();
    await poller.stop();
    assert.ok(Date.now() - started < 100);
    assert.equal(scripted.calls(), 1);
  });
});

describe('SourcePoller with durations beyond a 32-bit timer', () => {
  const DAY = 86_400_000;

  it('waits a 25-day interval out instead of polling again after 1 ms', async () => {
    const scripted = scriptedClient(async () => EMPTY);
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 25 * DAY,
      timeoutMs: 1000,
      onOutcome: () => {},
    });
    poller.start();
    await until(100);
    await poller.stop();
    assert.equal(scripted.calls(), 1);
  });

  for (const timeoutDays of [3, 25]) {
    it(`finishes a 30 ms poll under a ${timeoutDays}-day timeout, neither timed out nor crashed`, async () => {
      const scripted = scriptedClient(async () => {
        await until(30);
        return EMPTY;
      });
      const outcome = await new SourcePoller({
        client: scripted.client,
        intervalMs: 60_000,
        timeoutMs: timeoutDays * DAY,
        onOutcome: () => {},
      }).pollOnce();
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
    });
  }
});
