import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { SourceClient } from '../sources/source-client.ts';
import { clampTimerMs } from '../sources/http/clamp-timer.ts';
import { SourceError, toSourceError } from '../sources/source-error.ts';
import { systemClock, wallDate, type Clock } from '../time/clock.ts';
import { nextPollDelayMs, POLL_DEADLINE_TIMEOUTS } from './poll-schedule.ts';

type PollResult =
  | { readonly ok: true; readonly at: Date; readonly signals: SourceSignals }
  | { readonly ok: false; readonly at: Date; readonly error: SourceError };

export type PollOutcome = PollResult & {
  /** When the loop polls next; null for a poll outside the loop (`dijkwacht snapshot`). */
  readonly nextPollAt: Date | null;
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
 * source delays nobody else.
 */
export class SourcePoller {
  readonly #options: PollerOptions;
  readonly #clock: Clock;
  readonly #stop = new AbortController();
  #failures = 0;
  #nextDelayMs = 0;
  #loop: Promise<void> | null = null;
  /** The last poll's own promise: a client that ignores its abort must still not overlap. */
  #inFlight: Promise<unknown> = Promise.resolve();

  constructor(options: PollerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  /** Aborts a poll in flight and resolves once the loop has ended. */
  async stop(): Promise<void> {
    this.#stop.abort(new Error('collector stopped'));
    await this.#loop;
  }

  /**
   * One poll outside the loop, reported to onOutcome and returned: what `snapshot` uses, with
   * `deadlineMs` to fit a retry into what is left of the command's time.
   */
  pollOnce(deadlineMs?: number): Promise<PollOutcome> {
    return this.#poll(false, deadlineMs);
  }

  async #poll(scheduled: boolean, deadlineMs?: number): Promise<PollOutcome> {
    await this.#inFlight;
    const startedAt = this.#clock.monotonic();
    const result = await this.#pollWithDeadline(deadlineMs);
    this.#failures = result.ok ? 0 : this.#failures + 1;
    this.#nextDelayMs = nextPollDelayMs(
      this.#options.intervalMs,
      this.#failures,
      result.ok ? null : result.error,
      this.#options.random,
      this.#clock.monotonic() - startedAt,
    );
    const nextPollAt = scheduled ? new Date(this.#clock.now() + this.#nextDelayMs) : null;
    const outcome = { ...result, nextPollAt };
    if (!this.#stop.signal.aborted) this.#options.onOutcome(outcome);
    return outcome;
  }

  async #run(): Promise<void> {
    while (!this.#stop.signal.aborted) {
      await this.#poll(true);
      await this.#sleepUnlessStopped(this.#nextDelayMs);
    }
  }

  /** Waits for the next poll; stop() ends the wait early, which is no error. */
  async #sleepUnlessStopped(ms: number): Promise<void> {
    try {
      await this.#clock.sleep(ms, this.#stop.signal);
    } catch (error) {
      if (!this.#stop.signal.aborted) throw error;
    }
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
