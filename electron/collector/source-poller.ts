import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { SourceClient } from '../sources/source-client.ts';
import { clampTimerMs } from '../sources/http/clamp-timer.ts';
import { SourceError, toSourceError } from '../sources/source-error.ts';
import { systemClock, wallDate, type Clock } from '../time/clock.ts';
import { nextPollDelayMs, POLL_DEADLINE_TIMEOUTS } from './poll-schedule.ts';
import {
  earliestManualPoll,
  waitReason,
  type LastPoll,
  type PollRequestAnswer,
} from './poll-request.ts';

type PollResult =
  | { readonly ok: true; readonly at: Date; readonly signals: SourceSignals }
  | { readonly ok: false; readonly at: Date; readonly error: SourceError };

export type PollOutcome = PollResult & {
  /** When the loop polls next; null for a poll outside the loop (`dijkwacht snapshot`). */
  readonly nextPollAt: Date | null;
  /** How long the poll took, on the monotonic clock (the sources page's latencies). */
  readonly durationMs: number;
};

export interface PollerOptions {
  readonly client: SourceClient;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  readonly onOutcome: (outcome: PollOutcome) => void;
  /** Hard limit for one whole poll; default POLL_DEADLINE_TIMEOUTS request timeouts. */
  readonly deadlineMs?: number;
  /** Paces the polls on its monotonic time, stamps outcomes with its wall time (default systemClock). */
  readonly clock?: Clock;
  readonly random?: () => number;
}

/**
 * Polls one source forever: never two polls of it at once, each poll under a hard
 * deadline, backoff after failures. Sources each have their own poller, so a hanging
 * source delays nobody else. A coordinator may pause it, resume it and ask for a poll now;
 * none of these polls sooner than backoff, a Retry-After or MANUAL_POLL_MIN_GAP_MS allow.
 */
export class SourcePoller {
  readonly #options: PollerOptions;
  readonly #clock: Clock;
  readonly #stop = new AbortController();
  #failures = 0;
  #loop: Promise<void> | null = null;
  /** The last poll's own promise: a client that ignores its abort must still not overlap. */
  #inFlight: Promise<unknown> = Promise.resolve();
  #polling = false;
  #paused = false;
  /** When the loop polls next (monotonic); null while paused. */
  #dueAt: number | null = null;
  #last: LastPoll | null = null;
  /** Ends the loop's current wait early, so it looks at #dueAt and #paused again. */
  #wake = new AbortController();
  #resumed: (() => void) | null = null;

  constructor(options: PollerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  start(): void {
    if (this.#loop) return;
    this.#dueAt ??= this.#clock.monotonic();
    this.#loop = this.#run();
  }

  /** Aborts a poll in flight and resolves once the loop has ended. */
  async stop(): Promise<void> {
    this.#stop.abort(new Error('collector stopped'));
    this.#wake.abort();
    this.#resumed?.();
    await this.#loop;
  }

  /**
   * One poll outside the loop, reported to onOutcome and returned: what `snapshot` uses, with
   * `deadlineMs` to fit a retry into what is left of the command's time.
   */
  pollOnce(deadlineMs?: number): Promise<PollOutcome> {
    return this.#poll(false, deadlineMs);
  }

  /** No poll starts until resume(); a poll already running finishes and is reported. */
  pause(): void {
    this.#paused = true;
    this.#dueAt = null;
    this.#wake.abort();
  }

  /** Polls again as soon as backoff, a Retry-After and the minimum gap allow. */
  resume(): PollRequestAnswer {
    if (!this.#paused) return this.pollNow();
    this.#paused = false;
    // A poll still running from before the pause sets the schedule when it ends.
    const answer: PollRequestAnswer = this.#polling ? { status: 'polling' } : this.#bringForward();
    this.#resumed?.();
    return answer;
  }

  /** A poll now, or at the earliest the source allows: never a second poll at once. */
  pollNow(): PollRequestAnswer {
    if (!this.#loop || this.#stop.signal.aborted) return { status: 'stopped' };
    if (this.#paused) return { status: 'paused' };
    if (this.#polling) return { status: 'polling' };
    return this.#bringForward();
  }

  get paused(): boolean {
    return this.#paused;
  }

  get polling(): boolean {
    return this.#polling;
  }

  /** When the loop polls next, on the wall clock; null while paused or not polling at all. */
  nextPollAt(): Date | null {
    if (this.#dueAt === null || !this.#loop || this.#stop.signal.aborted) return null;
    return this.#wallAt(Math.max(this.#dueAt, this.#clock.monotonic()));
  }

  #bringForward(): PollRequestAnswer {
    const now = this.#clock.monotonic();
    const earliest = Math.max(now, earliestManualPoll(this.#last));
    const due = this.#dueAt === null ? earliest : Math.min(this.#dueAt, earliest);
    this.#dueAt = due;
    this.#wake.abort();
    if (due <= now) return { status: 'polling' };
    return { status: 'scheduled', at: this.#wallAt(due), reason: waitReason(this.#last) };
  }

  async #poll(scheduled: boolean, deadlineMs?: number): Promise<PollOutcome> {
    await this.#inFlight;
    this.#polling = true;
    const startedAt = this.#clock.monotonic();
    const result = await this.#pollWithDeadline(deadlineMs);
    this.#polling = false;
    this.#failures = result.ok ? 0 : this.#failures + 1;
    const endedAt = this.#clock.monotonic();
    const nextDelayMs = nextPollDelayMs(
      this.#options.intervalMs,
      this.#failures,
      result.ok ? null : result.error,
      this.#options.random,
      endedAt - startedAt,
    );
    const error = result.ok ? null : result.error;
    this.#last = { startedAt, scheduledAt: endedAt + nextDelayMs, error };
    if (scheduled && !this.#paused) this.#dueAt = endedAt + nextDelayMs;
    const nextPollAt = scheduled ? new Date(this.#clock.now() + nextDelayMs) : null;
    const outcome = { ...result, nextPollAt, durationMs: endedAt - startedAt };
    if (!this.#stop.signal.aborted) this.#options.onOutcome(outcome);
    return outcome;
  }

  async #run(): Promise<void> {
    while (!this.#stop.signal.aborted) {
      if (this.#paused) await this.#untilResumed();
      // A pause may come between the end of the wait and the poll: it wins.
      else if ((await this.#untilDue()) && !this.#paused) await this.#poll(true);
    }
  }

  #untilResumed(): Promise<void> {
    return new Promise((resolve) => {
      this.#resumed = () => {
        this.#resumed = null;
        resolve();
      };
      if (!this.#paused || this.#stop.signal.aborted) this.#resumed();
    });
  }

  /**
   * Waits for #dueAt; true when it has come, false when a pause or stop() ended the wait.
   * A poll asked for by hand moves #dueAt and wakes the wait, which then waits what is left.
   */
  async #untilDue(): Promise<boolean> {
    for (;;) {
      if (this.#stop.signal.aborted || this.#paused) return false;
      const due = this.#dueAt ?? this.#clock.monotonic();
      const waitMs = due - this.#clock.monotonic();
      if (waitMs <= 0) return true;
      const wake = new AbortController();
      this.#wake = wake;
      try {
        await this.#clock.sleep(waitMs, wake.signal);
      } catch (error) {
        if (!wake.signal.aborted) throw error;
      }
    }
  }

  #wallAt(monotonicAt: number): Date {
    return new Date(this.#clock.now() + (monotonicAt - this.#clock.monotonic()));
  }

  /**
   * The deadline is a real timer, not the clock's (docs/architecture.md, "Time"): it guards
   * against a network that hangs in real time, and a test clock that runs sleeps at once must
   * not time out every request.
   */
  async #pollWithDeadline(requestedDeadlineMs?: number): Promise<PollResult> {
    const clock = this.#clock;
    const deadlineMs = clampTimerMs(
      requestedDeadlineMs ??
        this.#options.deadlineMs ??
        this.#options.timeoutMs * POLL_DEADLINE_TIMEOUTS,
    );
    const signal = AbortSignal.any([this.#stop.signal, AbortSignal.timeout(deadlineMs)]);
    const poll = this.#options.client.poll({ signal, clock });
    this.#inFlight = poll.catch(() => undefined);
    try {
      const signals = await raceDeadline(poll, signal, deadlineMs);
      return { ok: true, at: wallDate(clock), signals };
    } catch (error) {
      return { ok: false, at: wallDate(clock), error: toSourceError(error) };
    }
  }
}

function raceDeadline<T>(poll: Promise<T>, signal: AbortSignal, deadlineMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () =>
      reject(new SourceError('timeout', `the poll did not finish within ${deadlineMs} ms`));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    poll.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
