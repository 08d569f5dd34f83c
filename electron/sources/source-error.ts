/**
 * Why a poll failed, as a class a coordinator understands (reliability.md §4.5). These all
 * describe the *source*: "StatusCake is unreachable" never means "the website is down".
 */
export const sourceErrorCategories = [
  'wrong-credentials',
  'no-permission',
  'not-found',
  'bad-request',
  'unreachable',
  'timeout',
  'rate-limited',
  'server-error',
  'bad-payload',
] as const;
export type SourceErrorCategory = (typeof sourceErrorCategories)[number];

const CATEGORY_TEXT: Readonly<Record<SourceErrorCategory, string>> = {
  'wrong-credentials': 'wrong or expired credentials',
  'no-permission': 'no permission',
  'not-found': 'wrong URL (not found)',
  'bad-request': 'the source refused the request',
  unreachable: 'source unreachable',
  timeout: 'source did not answer in time',
  'rate-limited': 'rate-limited by the source',
  'server-error': 'source server error',
  'bad-payload': 'unusable answer from the source',
};

export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly category: SourceErrorCategory;
  /** Technical detail for the log and the coordinator; never a secret or a whole body. */
  readonly detail: string;
  /** From Retry-After or the source's rate-limit headers: no request before this has passed. */
  readonly retryAfterMs: number | null;

  constructor(category: SourceErrorCategory, detail: string, retryAfterMs: number | null = null) {
    super(`${CATEGORY_TEXT[category]}: ${detail}`);
    this.category = category;
    this.detail = detail;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Anything thrown by a poll, as a SourceError (a bug in a client is reported, not crashed on). */
export function toSourceError(error: unknown): SourceError {
  if (error instanceof SourceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SourceError('bad-payload', `unexpected client error: ${message.slice(0, 200)}`);
}
