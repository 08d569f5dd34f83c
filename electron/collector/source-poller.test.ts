import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { PollContext, SourceClient } from '../sources/source-client.ts';
import { SourceError } from '../sources/source-error.ts';
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

describe('SourcePoller', () => {
  it('polls on a fixed rate: a slow poll does not push the next one back by its own length', async () => {
    const starts: number[] = [];
    const scripted = scriptedClient(async () => {
      starts.push(performance.now());
      await until(120);
      return EMPTY;
    });
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 300,
      timeoutMs: 1000,
      onOutcome: () => {},
    });
    poller.start();
    await until(1000);
    await poller.stop();
    const gaps = starts.slice(1).map((start, index) => start - (starts[index] ?? 0));
    assert.ok(gaps.length >= 2, `polled ${starts.length} times`);
    for (const gap of gaps) assert.ok(gap >= 290 && gap < 400, `started ${gap} ms apart`);
  });

  it('says when it polls next: after a rate limit, not before its Retry-After', async () => {
    const scripted = scriptedClient(async () => {
      throw new SourceError('rate-limited', 'HTTP 429', 30_000);
    });
    const outcomes: PollOutcome[] = [];
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 5_000,
      timeoutMs: 1000,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    poller.start();
    await until(50);
    await poller.stop();
    const [first] = outcomes;
    assert.ok(first && !first.ok);
    const wait = (first.nextPollAt?.getTime() ?? 0) - first.at.getTime();
    assert.ok(wait >= 29_900 && wait <= 30_100, `next poll in ${wait} ms`);
    assert.equal(await poller.pollOnce().then((outcome) => outcome.nextPollAt), null);
  });

  it('polls on its interval and never runs two polls of one source at once', async () => {
    const scripted = scriptedClient(async () => {
      await until(30);
      return EMPTY;
    });
    const outcomes: PollOutcome[] = [];
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 10,
      timeoutMs: 1000,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    poller.start();
    await until(200);
    await poller.stop();
    assert.ok(scripted.calls() >= 3, `polled ${scripted.calls()} times`);
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
    const times: number[] = [];
    const scripted = scriptedClient(async (_, call) => {
      times.push(Date.now());
      if (call === 1) throw new SourceError('rate-limited', 'HTTP 429', 150);
      return EMPTY;
    });
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 10,
      timeoutMs: 1000,
      onOutcome: () => {},
    });
    poller.start();
    await until(250);
    await poller.stop();
    assert.ok(times.length >= 2);
    assert.ok(
      (times[1] ?? 0) - (times[0] ?? 0) >= 145,
      `second poll after ${(times[1] ?? 0) - (times[0] ?? 0)} ms`,
    );
  });

  it('stops promptly, even in the middle of a long wait', async () => {
    const scripted = scriptedClient(async () => EMPTY);
    const poller = new SourcePoller({
      client: scripted.client,
      intervalMs: 60_000,
      timeoutMs: 1000,
      onOutcome: () => {},
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
