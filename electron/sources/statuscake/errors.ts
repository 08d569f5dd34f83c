import { describeErrorBody, errorForStatus } from '../http/responses.ts';
import type { HttpResponse } from '../http/http-request.ts';
import { parseRetryAfter } from '../http/retry-after.ts';
import { SourceError } from '../source-error.ts';
import { readRateLimitHeaders } from './rate-limit-headers.ts';

/** A 429 that says nothing of when to come back: wait out the longest documented window. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** The SourceError for a non-2xx StatusCake answer; `now` dates a Retry-After HTTP-date. */
export function statusCakeError(response: HttpResponse, now: Date): SourceError {
  if (response.status === 403) return tokenRefused(response);
  if (response.status === 429) return rateLimited(response, now);
  const error = errorForStatus(response, now);
  const fields = invalidFields(response.body);
  return fields
    ? new SourceError(error.category, `${error.detail} (${fields})`, error.retryAfterMs)
    : error;
}

/** The field names of a validation failure's `errors` map, which the message alone omits. */
export function invalidFields(body: string): string | null {
  try {
    const errors: unknown = (JSON.parse(body) as { errors?: unknown } | null)?.errors;
    if (typeof errors !== 'object' || errors === null || Array.isArray(errors)) return null;
    const names = Object.keys(errors).slice(0, 5).join(', ');
    return names ? `invalid: ${names.slice(0, 100)}` : null;
  } catch {
    return null;
  }
}

/**
 * StatusCake's auth layer answers a bad token with 403 and `x-ext-authz: denied`, often
 * with no JSON body, where other APIs say 401 (docs/sources.md, "StatusCake").
 */
function tokenRefused(response: HttpResponse): SourceError {
  const denied = response.headers.get('x-ext-authz')?.trim().toLowerCase() === 'denied';
  const said = describeErrorBody(response.body);
  const header = denied ? ' (x-ext-authz: denied)' : '';
  return new SourceError(
    'wrong-credentials',
    `HTTP 403${header}: StatusCake refused the API token${said ? ` (${said})` : ''}`,
  );
}

/** Retry-After first, then the window's reset, then the longest documented window. */
function rateLimited(response: HttpResponse, now: Date): SourceError {
  const retryAfterMs =
    parseRetryAfter(response.headers.get('retry-after'), now) ??
    readRateLimitHeaders(response.headers).resetMs ??
    DEFAULT_RATE_LIMIT_WAIT_MS;
  const said = describeErrorBody(response.body);
  return new SourceError('rate-limited', `HTTP 429${said ? `: ${said}` : ''}`, retryAfterMs);
}
