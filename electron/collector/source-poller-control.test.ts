import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { PollContext, SourceClient } from '../sources/source-client.ts';
import { SourceError } from '../sources/source-error.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { MANUAL_POLL_MIN_GAP_MS } from './poll-request.ts';
import { SourcePoller, type PollOutcome } from './source-poller.ts';

const EMPTY: SourceSignals = { kind: 'alertmanager', alerts: [] };

/** A client that notes each poll's start (monotonic) and answers as the test says. */
function recordingClient(answer: (call: number, context: PollContext) => Promise<SourceSignals>) {
  const starts: number[] = [];
  let running = 0;
  let maxRunning = 0;
  const client: SourceClient = {
    poll: async (context) => {
      starts.push(context.clock.monotonic());
      running++;
      maxRunning = Math.max(maxRunning, running);
      try {
        return await answer(starts.length, context);
      } finally {
        running--;
      }
    },
  };
  return { client, starts, maxRunning: () => maxRunning };
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await nextTurn();
}

/** Moves `clock` on by `ms` in 10 ms steps, letting the poller react to each. */
async function run(clock: FakeClock, ms: number): Promise<void> {
  await settle();
  for (let passed = 0; passed < ms; passed += 10) {
    clock.advance(10);
    await settle();
  }
}

function poller(clock: FakeClock, client: SourceClient, intervalMs: number) {
  const outcomes: PollOutcome[] = [];
  const made = new SourcePoller({
    client,
    intervalMs,
    timeoutMs: 1000,
    onOutcome: (outcome) => outcomes.push(outcome),
    clock,
    // The longest backoff full jitter allows, so the test knows the wait.
    random: () => 0.999,
  });
  return { poller: made, outcomes };
}

describe('SourcePoller: pause and resume', () => {
  it('polls no more once paused, and says no next poll', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async () => EMPTY);
    const { poller: source } = poller(clock, recorded.client, 1_000);
    source.start();
    await run(clock, 100);
    source.pause();
    await run(clock, 5_000);
    assert.deepEqual(recorded.starts, [0]);
    assert.equal(source.paused, true);
    assert.equal(source.nextPollAt(), null);
    assert.deepEqual(source.pollNow(), { status: 'paused' });
    await run(clock, 100);
    assert.deepEqual(recorded.starts, [0], '"poll now" on a paused source polls nothing');
    await source.stop();
  });

  it('lets a poll running at the pause finish and report, then polls no more', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async (_, context) => {
      await context.clock.sleep(200);
      return EMPTY;
    });
    const { poller: source, outcomes } = poller(clock, recorded.client, 1_000);
    source.start();
    await run(clock, 50);
    source.pause();
    await run(clock, 3_000);
    assert.equal(outcomes.length, 1);
    assert.equal(outcomes[0]?.ok, true);
    assert.equal(outcomes[0]?.durationMs, 200);
    assert.deepEqual(recorded.starts, [0]);
    await source.stop();
  });

  it('resumes with a poll at once when the last one is long enough ago', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async () => EMPTY);
    const { poller: source } = poller(clock, recorded.client, 60_000);
    source.start();
    await run(clock, 100);
    source.pause();
    await run(clock, MANUAL_POLL_MIN_GAP_MS);
    assert.deepEqual(source.resume(), { status: 'polling' });
    await run(clock, 20);
    assert.equal(recorded.starts.length, 2);
    assert.equal(source.paused, false);
    await source.stop();
  });

  it('resumes right after a poll with the next one at the minimum gap, not at once', async () => {
    const clock = new FakeClock('2026-11-29T08:00:00.000Z');
    const recorded = recordingClient(async () => EMPTY);
    const { poller: source } = poller(clock, recorded.client, 60_000);
    source.start();
    await run(clock, 100);
    source.pause();
    await run(clock, 900);
    const answer = source.resume();
    assert.deepEqual(answer, {
      status: 'scheduled',
      at: new Date('2026-11-29T08:00:05.000Z'),
      reason: 'just-polled',
    });
    await run(clock, 3_000);
    assert.equal(recorded.starts.length, 1);
    await run(clock, 1_100);
    assert.deepEqual(recorded.starts, [0, MANUAL_POLL_MIN_GAP_MS]);
    await source.stop();
  });

  it('resumes a failing source no sooner than its backoff', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async () => {
      throw new SourceError('server-error', 'HTTP 503');
    });
    const { poller: source, outcomes } = poller(clock, recorded.client, 5_000);
    source.start();
    await run(clock, 20);
    source.pause();
    await run(clock, 1_000);
    const answer = source.resume();
    assert.equal(answer.status, 'scheduled');
    assert.equal(answer.status === 'scheduled' && answer.reason, 'backoff');
    assert.deepEqual(
      answer.status === 'scheduled' && answer.at,
      outcomes[0]?.nextPollAt,
      'the backoff the failure set',
    );
    await source.stop();
  });
});

describe('SourcePoller: poll now', () => {
  it('polls at once when the last poll is older than the minimum gap', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async () => EMPTY);
    const { poller: source } = poller(clock, recorded.client, 60_000);
    source.start();
    await run(clock, MANUAL_POLL_MIN_GAP_MS + 100);
    assert.deepEqual(source.pollNow(), { status: 'polling' });
    await run(clock, 20);
    assert.equal(recorded.starts.length, 2);
    assert.equal(recorded.starts[1], MANUAL_POLL_MIN_GAP_MS + 100);
    await run(clock, 30_000);
    assert.equal(recorded.starts.length, 2, 'then the interval again, counted from that poll');
    await source.stop();
  });

  it('does not hammer: pressed again and again, it polls once per minimum gap', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async () => EMPTY);
    const { poller: source } = poller(clock, recorded.client, 60_000);
    source.start();
    for (let press = 0; press < 100; press++) {
      source.pollNow();
      await run(clock, 100);
    }
    // 10 s of pressing: the start, then one poll per 5 s.
    assert.deepEqual(recorded.starts, [0, 5_000, 10_000]);
    await source.stop();
  });

  it('says "polling" for a poll already running and starts no second one', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async (_, context) => {
      await context.clock.sleep(500);
      return EMPTY;
    });
    const { poller: source } = poller(clock, recorded.client, 60_000);
    source.start();
    await run(clock, 100);
    assert.equal(source.polling, true);
    assert.deepEqual(source.pollNow(), { status: 'polling' });
    await run(clock, 1_000);
    assert.equal(recorded.starts.length, 1);
    assert.equal(recorded.maxRunning(), 1);
    await source.stop();
  });

  it('keeps to a Retry-After: says when instead of polling', async () => {
    const clock = new FakeClock('2026-11-29T08:00:00.000Z');
    const recorded = recordingClient(async (call) => {
      if (call === 1) throw new SourceError('rate-limited', 'HTTP 429', 30_000);
      return EMPTY;
    });
    const { poller: source } = poller(clock, recorded.client, 5_000);
    source.start();
    await run(clock, 6_000);
    assert.deepEqual(source.pollNow(), {
      status: 'scheduled',
      at: new Date('2026-11-29T08:00:30.000Z'),
      reason: 'rate-limited',
    });
    await run(clock, 20_000);
    assert.deepEqual(recorded.starts, [0], 'nothing before the Retry-After');
    await run(clock, 5_000);
    assert.deepEqual(recorded.starts, [0, 30_000]);
    await source.stop();
  });

  it('keeps to the backoff after failures', async () => {
    const clock = new FakeClock();
    const recorded = recordingClient(async () => {
      throw new SourceError('unreachable', 'connection refused');
    });
    const { poller: source, outcomes } = poller(clock, recorded.client, 5_000);
    source.start();
    // Three failures: the third waits up to 4 × the interval.
    await run(clock, 20_000);
    const polls = recorded.starts.length;
    const answer = source.pollNow();
    assert.equal(answer.status === 'scheduled' && answer.reason, 'backoff');
    assert.deepEqual(answer.status === 'scheduled' && answer.at, outcomes.at(-1)?.nextPollAt);
    await run(clock, 100);
    assert.equal(recorded.starts.length, polls, 'no extra poll');
    await source.stop();
  });

  it('says "stopped" when its loop does not run', async () => {
    const recorded = recordingClient(async () => EMPTY);
    const { poller: source } = poller(new FakeClock(), recorded.client, 5_000);
    assert.deepEqual(source.pollNow(), { status: 'stopped' });
    assert.equal(source.nextPollAt(), null);
  });
});
