import type { z } from 'zod';
import { formatPath } from '../../../shared/config/config-issues.ts';
import { SourceError } from '../source-error.ts';
import type { HttpResponse } from './http-request.ts';
import { parseRetryAfter } from './retry-after.ts';

/**
 * The generic meaning of an HTTP status for a polled API. Clients handle their API's own
 * quirks first (StatusCake's 403 for a bad token, TOPdesk's 206 and 204) and pass the rest here.
 */
export function errorForStatus(response: HttpResponse, now: Date): SourceError {
  const status = response.status;
  const said = describeErrorBody(response.body);
  const detail = `HTTP ${status}${said ? `: ${said}` : ''}`;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now);
  if (status === 401) return new SourceError('wrong-credentials', detail);
  if (status === 403) return new SourceError('no-permission', detail);
  if (status === 404 || status === 410) return new SourceError('not-found', detail);
  if (status === 429) return new SourceError('rate-limited', detail, retryAfter);
  if (status >= 500) return new SourceError('server-error', detail, retryAfter);
  return new SourceError('bad-request', detail);
}

/**
 * What the source said in its error body, in at most 200 characters: TOPdesk's
 * `[{message}]` or `{errors:[{errorMessage}]}`, Elasticsearch's `{error:{type,reason}}`,
 * StatusCake's `{message}`, Alertmanager's plain string — or the text with tags removed.
 */
export function describeErrorBody(body: string): string {
  const text = body.trim();
  if (text === '') return '';
  try {
    const fromJson = messageFromJson(JSON.parse(text));
    if (fromJson) return clip(fromJson);
  } catch {
    // Not JSON: fall through to the text.
  }
  return clip(
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

function messageFromJson(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return messageFromJson(value[0]);
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.error === 'object' && record.error !== null) {
    const error = record.error as Record<string, unknown>;
    return [error.type, error.reason].filter((part) => typeof part === 'string').join(': ') || null;
  }
  if (typeof record.error === 'string') return record.error;
  if (Array.isArray(record.errors)) return messageFromJson(record.errors[0]);
  for (const key of ['message', 'errorMessage', 'reason']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return null;
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** The body as JSON, or a bad-payload error that says what came instead. */
export function parseJsonBody(response: HttpResponse): unknown {
  const type = response.headers.get('content-type') ?? '';
  const text = response.body.trimStart();
  if (type.includes('text/html') || text.startsWith('<')) {
    throw new SourceError(
      'bad-payload',
      'HTML instead of JSON (a proxy or login page in between?)',
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new SourceError(
      'bad-payload',
      `not valid JSON (${text.length === 0 ? 'empty' : 'cut off or garbled'})`,
    );
  }
}

/** Checks a payload against the documented shape; the error names the first wrong path. */
export function validatePayload<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  throw new SourceError(
    'bad-payload',
    `${what} has an unexpected shape${where}: ${issue?.message ?? 'invalid'}`,
  );
}
