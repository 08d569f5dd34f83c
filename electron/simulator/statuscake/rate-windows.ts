import type { Clock } from '../../time/clock.ts';

/** N requests per window of S seconds, as StatusCake's `x-ratelimit-limit` spells `N;w=S`. */
export interface StatusCakeRatePolicy {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** The documented limits: 60 per minute on free plans, a burst of 5 per second for all. */
export const DOCUMENTED_RATE_POLICIES: readonly StatusCakeRatePolicy[] = [
  { limit: 60, windowSeconds: 60 },
  { limit: 5, windowSeconds: 1 },
];

export interface RateDecision {
  readonly allowed: boolean;
  /** The x-ratelimit-* headers, sent on every response. */
  readonly headers: Readonly<Record<string, string>>;
}

interface Window {
  readonly policy: StatusCakeRatePolicy;
  startedAt: number;
  count: number;
}

/**
 * The account's rate limit: one fixed window per policy, starting at its first request.
 * Over any policy, the request is refused (429) until that window resets; refused
 * requests do not count.
 */
export class RateWindows {
  readonly #windows: Window[];
  readonly #clock: Clock;

  /** Windows are intervals: they run on the clock's monotonic time. */
  constructor(policies: readonly StatusCakeRatePolicy[], clock: Clock) {
    this.#windows = policies.map((policy) => ({
      policy,
      startedAt: Number.NEGATIVE_INFINITY,
      count: 0,
    }));
    this.#clock = clock;
  }

  take(): RateDecision {
    const now = this.#clock.monotonic();
    for (const window of this.#windows) {
      if (now >= window.startedAt + window.policy.windowSeconds * 1000) {
        window.startedAt = now;
        window.count = 0;
      }
    }
    const allowed = this.#windows.every((window) => window.count < window.policy.limit);
    if (allowed) for (const window of this.#windows) window.count += 1;
    return { allowed, headers: this.#headers(now) };
  }

  /** `x-ratelimit-limit: 5, 60;w=60, 5;w=1`: first the limit applied now, then every policy. */
  #headers(now: number): Record<string, string> {
    const tightest = this.#tightest();
    if (!tightest) return {};
    const { policy } = tightest;
    const policies = this.#windows.map(
      (window) => `${window.policy.limit};w=${window.policy.windowSeconds}`,
    );
    const resetMs = tightest.startedAt + policy.windowSeconds * 1000 - now;
    return {
      'x-ratelimit-limit': [String(policy.limit), ...policies].join(', '),
      'x-ratelimit-remaining': String(Math.max(0, policy.limit - tightest.count)),
      'x-ratelimit-reset': String(Math.max(1, Math.ceil(resetMs / 1000))),
    };
  }

  /** The window with the fewest requests left; on a tie, the one that resets last. */
  #tightest(): Window | undefined {
    const remaining = (window: Window) => window.policy.limit - window.count;
    const endsAt = (window: Window) => window.startedAt + window.policy.windowSeconds * 1000;
    let tightest: Window | undefined;
    for (const window of this.#windows) {
      const fewer = tightest === undefined || remaining(window) < remaining(tightest);
      const tie = tightest !== undefined && remaining(window) === remaining(tightest);
      if (fewer || (tie && endsAt(window) > endsAt(tightest as Window))) tightest = window;
    }
    return tightest;
  }
}
