import type { ServerResponse } from 'node:http';
import type { Reply } from '../reply.ts';

/** The faults that break the answer itself rather than replace it. */
export type StreamFault =
  /** The real answer with a Content-Length larger than what is sent, then the socket closed. */
  | { readonly kind: 'truncated' }
  /** The request is accepted and never answered: not even headers. */
  | { readonly kind: 'hang' }
  /** The real answer, one byte per `intervalMs` (default 200). */
  | { readonly kind: 'slow-drip'; readonly intervalMs?: number };

const STREAM_KINDS: readonly string[] = ['truncated', 'hang', 'slow-drip'];

export function isStreamFault(fault: { readonly kind: string }): fault is StreamFault {
  return STREAM_KINDS.includes(fault.kind);
}

/** Sends `reply` the broken way the fault says; calls `sent` per chunk written. */
export function streamFault(
  fault: StreamFault,
  reply: Reply,
  res: ServerResponse,
  sent: (bytes: number) => void,
): void {
  if (fault.kind === 'hang') return;
  const body = Buffer.from(reply.body);
  // Content-Length announces the whole body; truncation then sends half and hangs up.
  res.writeHead(reply.status, {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
  });
  if (fault.kind === 'truncated') {
    const half = body.subarray(0, Math.floor(body.length / 2));
    sent(half.length);
    res.write(half, () => res.destroy());
    return;
  }
  drip(body, res, fault.intervalMs ?? 200, sent);
}

function drip(
  body: Buffer,
  res: ServerResponse,
  intervalMs: number,
  sent: (bytes: number) => void,
): void {
  let at = 0;
  const timer = setInterval(() => {
    if (at >= body.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(body.subarray(at, at + 1));
    at++;
    sent(1);
  }, intervalMs);
  res.on('close', () => clearInterval(timer));
}
