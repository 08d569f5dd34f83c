import type { SecretValue } from '../../../shared/config/secret.ts';
import type { Clock } from '../../time/clock.ts';
import { httpRequest } from '../http/http-request.ts';
import { parseJsonBody } from '../http/responses.ts';
import { SourceError } from '../source-error.ts';
import { readRateLimitHeaders } from './rate-limit-headers.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { statusCakeError } from './errors.ts';

/** One poll's budget: every request and every wait for the limiter fits before deadlineAt. */
export interface PollScope {
  /** On the client's clock, in its monotonic time. */
  readonly deadlineAt: number;
  readonly signal: AbortSignal;
  /** The poll's wall-clock time now, for Retry-After dates. */
  wallNow(): Date;
}

export interface StatusCakeApiOptions {
  /** The configured URL, e.g. https://api.statuscake.com; /v1 is added here. */
  readonly url: string;
  readonly token: SecretValue;
  readonly clock: Clock;
  readonly limiter: RateLimiter;
  readonly maxBytes: number;
}

/** GETs against StatusCake v1: paced by the limiter, under the poll's deadline, as JSON. */
export class StatusCakeApi {
  readonly #options: StatusCakeApiOptions;
  readonly #base: string;

  constructor(options: StatusCakeApiOptions) {
    this.#options = options;
    this.#base = `${options.url.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1`;
  }

  /** The answer's JSON body, or a SourceError saying why there is none. */
  async get(
    path: string,
    query: Readonly<Record<string, string>>,
    scope: PollScope,
  ): Promise<unknown> {
    const { clock, limiter, maxBytes } = this.#options;
    await limiter.acquire(scope.deadlineAt, scope.signal);
    const deadlineMs = Math.floor(scope.deadlineAt - clock.monotonic());
    if (deadlineMs <= 0)
      throw new SourceError('timeout', 'the poll ran out of time before its next request');
    const response = await httpRequest({
      url: `${this.#base}${path}?${new URLSearchParams(query).toString()}`,
      headers: {
        Authorization: `Bearer ${this.#options.token.reveal()}`,
        Accept: 'application/json',
      },
      deadlineMs,
      maxBytes,
      signal: scope.signal,
    });
    limiter.observe(readRateLimitHeaders(response.headers));
    if (response.status >= 200 && response.status < 300) return parseJsonBody(response);
    const error = statusCakeError(response, scope.wallNow());
    if (error.retryAfterMs !== null) limiter.block(error.retryAfterMs);
    throw error;
  }
}
