import { Scrubber } from '../scrub/scrubber.ts';
import { headerSecretForms } from '../scrub/secret-forms.ts';
import { SourceError } from '../source-error.ts';
import { clampTimerMs } from './clamp-timer.ts';

export interface HttpRequest {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Whole-request deadline, body included: a slow drip cannot outlast it (docs/reliability.md, "Deadlines"). */
  readonly deadlineMs: number;
  /** Byte cap, enforced while streaming: a larger body is refused without buffering it all. */
  readonly maxBytes: number;
  /** Cancels the request from outside (shutdown); an abort through it is rethrown as is. */
  readonly signal?: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
  /** Bytes received, for the benchmarks' traffic figures. */
  readonly bytes: number;
}

/**
 * One HTTP exchange with Node's fetch under a hard deadline and a size cap. Network
 * failures become SourceErrors (unreachable, timeout, cut off); HTTP statuses are left to
 * the caller, who knows what its API means by them. The answer comes back with the
 * credentials we sent scrubbed from its body and headers, before anything parses or clips
 * it (a clipped echo would otherwise leave half a secret that no later scrub recognises).
 */
export async function httpRequest(request: HttpRequest): Promise<HttpResponse> {
  const scrubber = new Scrubber(headerSecretForms(authorizationOf(request)));
  const response = await exchange(request, scrubber);
  return {
    ...response,
    headers: scrubbedHeaders(response.headers, scrubber),
    body: scrubber.text(response.body),
  };
}

function authorizationOf(request: HttpRequest): string {
  const entry = Object.entries(request.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'authorization',
  );
  return entry?.[1] ?? '';
}

function scrubbedHeaders(headers: Headers, scrubber: Scrubber): Headers {
  const scrubbed = new Headers();
  for (const [name, value] of headers) scrubbed.append(name, scrubber.text(value));
  return scrubbed;
}

async function exchange(request: HttpRequest, scrubber: Scrubber): Promise<HttpResponse> {
  const deadline = AbortSignal.timeout(clampTimerMs(request.deadlineMs));
  const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      signal,
      // A redirect is followed by no one: it usually means a login page or a wrong base URL.
      redirect: 'manual',
    });
  } catch (error) {
    throw networkError(error, request, deadline, 'connect', scrubber);
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel();
    const location = scrubber.errorText(response.headers.get('location') ?? 'elsewhere');
    throw new SourceError(
      'not-found',
      `redirected (HTTP ${response.status}) to ${location}: check the URL`,
    );
  }
  try {
    const { text, bytes } = await readCapped(response, request.maxBytes);
    return { status: response.status, headers: response.headers, body: text, bytes };
  } catch (error) {
    throw networkError(error, request, deadline, 'body', scrubber);
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; bytes: number }> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new SourceError(
      'bad-payload',
      `answer of ${declared} bytes is over the ${maxBytes}-byte limit`,
    );
  }
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw new SourceError('bad-payload', `answer is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return { text: new TextDecoder().decode(Buffer.concat(chunks)), bytes };
}

function networkError(
  error: unknown,
  request: HttpRequest,
  deadline: AbortSignal,
  phase: 'connect' | 'body',
  scrubber: Scrubber,
): unknown {
  if (error instanceof SourceError) return error;
  if (request.signal?.aborted) return request.signal.reason ?? error;
  if (deadline.aborted) {
    return new SourceError(
      'timeout',
      `no complete answer within ${request.deadlineMs} ms${phase === 'body' ? ' (the body was still arriving)' : ''}`,
    );
  }
  const code = causeCode(error);
  if (phase === 'body')
    return new SourceError('bad-payload', `the answer was cut off${code ? ` (${code})` : ''}`);
  return new SourceError('unreachable', describeNetworkCode(code ?? causeMessage(error, scrubber)));
}

/**
 * fetch refuses some ports outright ("bad port") with no code, only a message. Scrubbed
 * before it is cut short: such a message may quote a header we sent.
 */
function causeMessage(error: unknown, scrubber: Scrubber): string | null {
  const message = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
  return typeof message === 'string' && message.length > 0
    ? scrubber.errorText(message).slice(0, 80)
    : null;
}

function causeCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : null;
}

function describeNetworkCode(code: string | null): string {
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host name not found (${code})`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `connection reset (${code})`;
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
    return `TLS certificate not accepted (${code})`;
  return code ? `network error (${code})` : 'network error';
}
