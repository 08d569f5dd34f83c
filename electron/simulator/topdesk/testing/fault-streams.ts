import type { ServerResponse } from 'node:http';
import type { TopdeskFault } from './topdesk-faults.ts';
import type { Reply } from './topdesk-listing.ts';

/**
 * The faults that break the answer itself rather than replace it: a hang (no headers ever),
 * a body cut off short of its Content-Length, a slow drip.
 */
/** Sends `reply` the broken way the stream fault says; calls `sent` per chunk written. */
export function streamFault(
  fault: TopdeskFault,
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
  drip(body, res, fault.kind === 'slow-drip' ? (fault.intervalMs ?? 200) : 200, sent);
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
