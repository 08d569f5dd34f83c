import type { ServerResponse } from 'node:http';
import { sendRaw } from '../loopback-server.ts';

/**
 * The transport-level faults every source can show: a proxy's HTML page, a cut-off body, a
 * server that never answers or answers one byte at a time.
 */
export type TransportFault =
  | { readonly kind: 'html-500' }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'slow-drip'; readonly intervalMs?: number };

const TRANSPORT_KINDS: readonly string[] = ['html-500', 'truncated', 'hang', 'slow-drip'];

export function isTransportFault(fault: { readonly kind: string }): fault is TransportFault {
  return TRANSPORT_KINDS.includes(fault.kind);
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
      return; // Never answer; the server's close() ends the connection.
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
