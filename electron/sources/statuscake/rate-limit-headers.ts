import { MAX_RETRY_AFTER_MS } from '../http/retry-after.ts';

/** N requests per window of S seconds, as in `x-ratelimit-limit: 5, 60;w=60, 5;w=1`. */
export interface RatePolicy {
  readonly limit: number;
  readonly windowMs: number;
}

/** What one response's `x-ratelimit-*` headers say (StatusCake rate-limiting guide). */
export interface RateLimitState {
  /** Every `N;w=S` policy in x-ratelimit-limit; empty when the header is absent or unreadable. */
  readonly policies: readonly RatePolicy[];
  /** Requests left in the current window. */
  readonly remaining: number | null;
  /** Time until the window resets (x-ratelimit-reset is in seconds). */
  readonly resetMs: number | null;
}

interface HeaderSource {
  get(name: string): string | null;
}

export function readRateLimitHeaders(headers: HeaderSource): RateLimitState {
  return {
    policies: parsePolicies(headers.get('x-ratelimit-limit')),
    remaining: parseCount(headers.get('x-ratelimit-remaining')),
    resetMs: parseSeconds(headers.get('x-ratelimit-reset')),
  };
}

/** `5, 60;w=60, 5;w=1`: the first bare number is the limit applied now; the rest are policies. */
export function parsePolicies(value: string | null): RatePolicy[] {
  if (value === null) return [];
  const policies: RatePolicy[] = [];
  for (const item of value.split(',')) {
    const match = /^\s*(\d{1,9})\s*;\s*w\s*=\s*(\d{1,6})\s*(?:;.*)?$/.exec(item);
    if (!match) continue;
    const limit = Number(match[1]);
    const windowMs = Number(match[2]) * 1000;
    if (limit > 0 && windowMs > 0) policies.push({ limit, windowMs });
  }
  return policies;
}

function parseCount(value: string | null): number | null {
  const text = value?.trim() ?? '';
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

function parseSeconds(value: string | null): number | null {
  const text = value?.trim() ?? '';
  if (!/^\d{1,9}(\.\d{1,6})?$/.test(text)) return null;
  return Math.min(Math.ceil(Number(text) * 1000), MAX_RETRY_AFTER_MS);
}
