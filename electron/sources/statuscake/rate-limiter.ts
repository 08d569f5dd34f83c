import type { Clock } from '../../time/clock.ts';
import { SourceError } from '../source-error.ts';
import type { RateLimitState, RatePolicy } from './rate-limit-headers.ts';

/** Our own cap, whatever the headers say: StatusCake's burst limit for every plan. */
export const BURST_POLICY: RatePolicy = { limit: 5, windowMs: 1000 };
/** The documented free-plan limits, until a response's x-ratelimit-limit says otherwise. */
const DOCUMENTED_POLICIES: readonly RatePolicy[] = [{ limit: 60, windowMs: 60_000 }, BURST_POLICY];
/** We count send times, the server arrival times: a margin keeps jitter from crossing a window. */
const MARGIN_MS = 100;
/** Larger policies are left to x-ratelimit-remaining, so the history stays bounded. */
const MAX_HISTORY = 1000;
const MAX_POLICIES = 8;

/**
 * Paces requests to one StatusCake account (docs/sources.md, "Rate limits"): a sliding
 * window per policy, plus the server's own word (remaining 0 → wait for reset; 429 →
 * Retry-After). Long-lived, so a block outlasts the poll that caused it.
 */
export class RateLimiter {
  readonly #clock: Clock;
  #policies: readonly RatePolicy[] = DOCUMENTED_POLICIES;
  #sent: number[] = [];
  #blockedUntil = Number.NEGATIVE_INFINITY;
  #tail: Promise<unknown> = Promise.resolve();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /**
   * Waits for a request slot, one caller at a time; rate-limited if none comes before
   * deadlineAt (the clock's monotonic time, as every time here).
   */
  acquire(deadlineAt: number, signal?: AbortSignal): Promise<void> {
    const turn = this.#tail.then(() => this.#waitForSlot(deadlineAt, signal));
    this.#tail = turn.catch(() => undefined);
    return turn;
  }

  /** Learns from one response's x-ratelimit-* headers. */
  observe(state: RateLimitState): void {
    if (state.policies.length > 0) {
      this.#policies = [...state.policies.slice(0, MAX_POLICIES), BURST_POLICY];
    }
    // The reset is in whole seconds and may be rounded down: wait at least one.
    if (state.remaining === 0) this.block(Math.max(state.resetMs ?? this.#longestWindow(), 1000));
  }

  /** No request before `ms` from now (a 429's Retry-After). */
  block(ms: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, this.#clock.monotonic() + ms);
  }

  async #waitForSlot(deadlineAt: number, signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#clock.monotonic();
      const wait = this.#earliest() - now;
      if (wait <= 0) return this.#record(now);
      if (now + wait > deadlineAt) {
        const seconds = Math.ceil(wait / 1000);
        throw new SourceError(
          'rate-limited',
          `StatusCake's rate limit allows the next request in ${seconds} s, after this poll's deadline`,
          Math.ceil(wait),
        );
      }
      await this.#clock.sleep(wait, signal);
    }
  }

  #earliest(): number {
    let at = this.#blockedUntil;
    for (const { limit, windowMs } of this.#policies) {
      const oldest = this.#sent[this.#sent.length - limit];
      if (oldest !== undefined) at = Math.max(at, oldest + windowMs + MARGIN_MS);
    }
    return at;
  }

  #record(now: number): void {
    this.#sent.push(now);
    const horizon = now - this.#longestWindow() - MARGIN_MS;
    const firstKept = this.#sent.findIndex((at) => at > horizon);
    const drop = Math.max(
      firstKept === -1 ? this.#sent.length : firstKept,
      this.#sent.length - MAX_HISTORY,
    );
    if (drop > 0) this.#sent.splice(0, drop);
  }

  #longestWindow(): number {
    return Math.max(...this.#policies.map((policy) => policy.windowMs));
  }
}
