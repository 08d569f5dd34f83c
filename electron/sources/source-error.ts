import { sourceErrorText } from '../../shared/text/source-error-text.ts';
import type { SourceErrorCategory } from '../../shared/status/source-error-category.ts';

export type { SourceErrorCategory } from '../../shared/status/source-error-category.ts';

export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly category: SourceErrorCategory;
  /** Technical detail for the log and the coordinator; never a secret or a whole body. */
  readonly detail: string;
  /** From Retry-After or the source's rate-limit headers: no request before this has passed. */
  readonly retryAfterMs: number | null;

  constructor(category: SourceErrorCategory, detail: string, retryAfterMs: number | null = null) {
    super(`${sourceErrorText[category].en}: ${detail}`);
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
