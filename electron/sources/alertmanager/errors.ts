import type { HttpResponse } from '../http/http-request.ts';
import { errorForStatus } from '../http/responses.ts';
import { SourceError } from '../source-error.ts';

/**
 * The SourceError for a non-200 Alertmanager answer. Its 400 and 500 bodies are a bare JSON
 * string, which errorForStatus quotes; a 410 means API v1 behind the URL (docs/sources.md).
 */
export function alertmanagerError(response: HttpResponse, now: Date): SourceError {
  return errorForStatus(response, now);
}

/** The same error, saying which request it came from (`GET /api/v2/alerts: HTTP 500: …`). */
export function forRequest(request: string, error: unknown): unknown {
  if (!(error instanceof SourceError)) return error;
  return new SourceError(error.category, `${request}: ${error.detail}`, error.retryAfterMs);
}
