import { parseRetryAfter } from '../../sources/http/retry-after.ts';

/** What one answer from an incoming webhook means for the message that was sent. */
export type SlackOutcome =
  | { readonly kind: 'sent' }
  /** 429: send the same message again after `waitMs`. */
  | { readonly kind: 'rate-limited'; readonly waitMs: number }
  /** 5xx, a network error, no answer in time: worth another try. */
  | { readonly kind: 'retry'; readonly problem: string }
  /** Any other 4xx (or a redirect): the same message will never get through. */
  | { readonly kind: 'drop'; readonly problem: string };

/** Slack sends Retry-After with every 429; if it ever does not, wait this long. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 30_000;

/**
 * Slack answers a good post with 200 and the body `ok`, and a refused one with a 4xx and a
 * short error code as the body: 400 invalid_payload, 403 action_prohibited or invalid_token,
 * 404 channel_not_found or no_service, 410 channel_is_archived (Slack's "Sending messages
 * using incoming webhooks", and its changelog of 2016-05-17); 429 with Retry-After in seconds
 * when over its limit of about one message per second (Slack's "Rate limits").
 */
export function slackOutcome(
  status: number,
  body: string,
  retryAfter: string | null,
  now: Date,
): SlackOutcome {
  if (status === 200 && body.trim() === 'ok') return { kind: 'sent' };
  if (status === 429)
    return {
      kind: 'rate-limited',
      waitMs: parseRetryAfter(retryAfter, now) ?? DEFAULT_RATE_LIMIT_WAIT_MS,
    };
  const code = errorCode(body);
  const answer = `HTTP ${status}${code ? ` ${code}` : ''}`;
  if (status >= 500) return { kind: 'retry', problem: answer };
  if (status >= 300 && status < 400)
    return { kind: 'drop', problem: `${answer}: redirected, check the webhook URL` };
  // A 200 without "ok" was probably posted all the same: sending it again would repeat it.
  if (status < 300) return { kind: 'drop', problem: `${answer}: an answer other than ok` };
  return { kind: 'drop', problem: answer };
}

/**
 * Slack's error code (`no_service`), from a plain body or a JSON `error`; anything else is
 * left out, so a proxy's page or an echo of what we sent never reaches a log.
 */
export function errorCode(body: string): string | null {
  const text = body.trim();
  if (ERROR_CODE.test(text)) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    const error = (parsed as { error?: unknown } | null)?.error;
    return typeof error === 'string' && ERROR_CODE.test(error) ? error : null;
  } catch {
    return null;
  }
}

const ERROR_CODE = /^[a-z][a-z0-9_]{0,63}$/;
