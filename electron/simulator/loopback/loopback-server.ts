import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the loopback stand-ins for Elasticsearch and Alertmanager share: a server on
 * 127.0.0.1 with a free port, a bounded log of the requests it received, and the
 * transport-level faults every source can show (a proxy's HTML page, a cut-off body, a
 * server that never answers or answers one byte at a time).
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

export type TransportFault =
  | { readonly kind: 'html-500' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'slow-drip'; readonly intervalMs?: number };

export interface LoopbackServer {
  readonly url: string;
  /** The newest requests, oldest first (at most 1000: a demo runs for days). */
  readonly requests: () => readonly RecordedRequest[];
  readonly clearRequests: () => void;
  readonly close: () => Promise<void>;
}

const MAX_RECORDED = 1000;
const MAX_BODY_BYTES = 1_000_000;

export async function startLoopbackServer(
  handle: (call: IncomingCall) => void | Promise<void>,
): Promise<LoopbackServer> {
  let recorded: RecordedRequest[] = [];
  const server = createServer((request, response) => {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => recorded,
    clearRequests: () => (recorded = []),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Hanging and dripping answers would keep the server open forever.
        server.closeAllConnections();
      }),
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

function sendRaw(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>>,
): void {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Answers with a transport fault; `validBody` is what a healthy server would have sent. */
export function sendTransportFault(
  response: ServerResponse,
  fault: TransportFault,
  validBody: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  switch (fault.kind) {
    case 'html-500':
      return sendRaw(response, 500, HTML_500, { 'content-type': 'text/html' });
    case 'truncated':
      return sendRaw(response, 200, validBody.slice(0, Math.floor(validBody.length / 2)), {
        'content-type': 'application/json',
        ...headers,
      });
    case 'hang':
      return; // Never answer; close() ends the connection.
    case 'slow-drip':
      return drip(response, validBody, fault.intervalMs ?? 200, headers);
  }
}

const HTML_500 =
  '<html><head><title>500 Internal Server Error</title></head>' +
  '<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>';

function drip(
  response: ServerResponse,
  body: string,
  intervalMs: number,
  headers: Readonly<Record<string, string>>,
): void {
  const bytes = Buffer.from(body);
  response.writeHead(200, {
    'content-type': 'application/json',
    ...headers,
    'content-length': bytes.byteLength,
  });
  let sent = 0;
  const timer = setInterval(() => {
    if (sent >= bytes.byteLength) return void response.end();
    response.write(bytes.subarray(sent, sent + 1));
    sent += 1;
  }, intervalMs);
  response.on('close', () => clearInterval(timer));
}

/** Faults waiting to be served: each for the next `times` requests (forever without it). */
export class FaultQueue<F> {
  #rules: { fault: F; remaining: number; path: RegExp | null }[] = [];

  inject(fault: F, options: { readonly times?: number; readonly path?: RegExp } = {}): void {
    this.#rules.push({
      fault,
      remaining: options.times ?? Number.POSITIVE_INFINITY,
      path: options.path ?? null,
    });
  }

  clear(): void {
    this.#rules = [];
  }

  /** The fault for this request, if any; using one counts down its remaining times. */
  take(path: string): F | null {
    const rule = this.#rules.find((candidate) => !candidate.path || candidate.path.test(path));
    if (!rule) return null;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((other) => other !== rule);
    return rule.fault;
  }
}
