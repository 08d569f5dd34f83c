import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type Listening } from './listen.ts';

/**
 * What the loopback stand-ins for Elasticsearch and Alertmanager share: a server on
 * 127.0.0.1 with a free port, the request's body read, and a bounded log of the requests
 * it received.
 */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface IncomingCall extends RecordedRequest {
  readonly response: ServerResponse;
}

export interface LoopbackServer extends Listening {
  /** The newest requests, oldest first (at most 1000: a demo runs for days). */
  readonly requests: () => readonly RecordedRequest[];
  readonly clearRequests: () => void;
}

const MAX_RECORDED = 1000;
const MAX_BODY_BYTES = 1_000_000;

export async function startLoopbackServer(
  handle: (call: IncomingCall) => void | Promise<void>,
): Promise<LoopbackServer> {
  let recorded: RecordedRequest[] = [];
  const listening = await listenOnLoopback((request, response) => {
    const serve = async () => {
      const record = describe(request, await readBody(request));
      recorded.push(record);
      if (recorded.length > MAX_RECORDED) recorded = recorded.slice(-MAX_RECORDED);
      await handle({ ...record, response });
    };
    serve().catch((error: unknown) => {
      // A client that went away mid-request, or a bug in a handler: never crash the demo.
      if (response.headersSent) response.destroy();
      else sendText(response, 500, `simulator error: ${String(error)}`);
    });
  });
  return {
    url: listening.url,
    close: listening.close,
    requests: () => recorded,
    clearRequests: () => (recorded = []),
  };
}

function describe(request: IncomingMessage, body: string): RecordedRequest {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: request.headers,
    body,
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    bytes += chunk.byteLength;
    if (bytes <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendRaw(response, status, JSON.stringify(value), {
    'content-type': 'application/json',
    ...headers,
  });
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendRaw(response, status, text, { 'content-type': 'text/plain; charset=utf-8', ...headers });
}

/** A whole answer with its Content-Length. */
export function sendRaw(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>>,
): void {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
