import {
  echoCredentials,
  type EchoCredentialsFault,
} from '../../loopback/testing/echo-credentials.ts';
import { FaultQueue, type InjectableFaults } from '../../loopback/testing/fault-queue.ts';
import { errorReply, type Reply } from '../reply.ts';
import type { TopdeskCall } from '../server.ts';
import { isStreamFault, streamFault, type StreamFault } from './fault-streams.ts';

export type { FaultOptions } from '../../loopback/testing/fault-queue.ts';

/**
 * The failures a test can inject into the simulated TOPdesk (docs/reliability.md, "Fault
 * injection").
 */
export type TopdeskFault =
  /** 500 with an HTML error page, as a proxy or a crashed app server sends it. */
  | { readonly kind: 'html-500' }
  /** A hang, a cut-off body or a slow drip of the real answer. */
  | StreamFault
  /** 429 with Retry-After (default `2`, seconds; an HTTP-date works too). */
  | { readonly kind: 'rate-limited'; readonly retryAfter?: string }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  /** 204 No Content: "nothing matched". */
  | { readonly kind: 'no-content' }
  /** The credentials sent, echoed in the error body and headers. */
  | EchoCredentialsFault;

/**
 * The queue a test injects into, and the interceptor that serves it. A fault without options
 * hits every request to the incident list, until cleared.
 */
export function topdeskFaults(): InjectableFaults<TopdeskFault, TopdeskCall> {
  const queue = new FaultQueue<TopdeskFault>({
    times: Number.POSITIVE_INFINITY,
    path: '/tas/api/incidents',
  });
  const interceptor = (call: TopdeskCall): boolean => {
    const fault = queue.take(call.path);
    if (!fault) return false;
    if (isStreamFault(fault)) {
      const answer = call.answer();
      streamFault(fault, answer, call.response, (bytes) => call.sent(answer.status, bytes));
    } else call.send(faultReply(fault, call));
    return true;
  };
  return { queue, interceptor };
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>The server encountered an unexpected condition.</p></body></html>';

/** The reply a fault sends instead of the real one. */
function faultReply(fault: Exclude<TopdeskFault, StreamFault>, call: TopdeskCall): Reply {
  switch (fault.kind) {
    case 'echo-credentials': {
      const echo = echoCredentials(fault, call.authorization, call.pathAndQuery);
      return errorReply(echo.status, echo.text, echo.headers);
    }
    case 'html-500':
      return {
        status: 500,
        body: HTML_500,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      };
    case 'rate-limited':
      return errorReply(429, 'Too many requests', { 'Retry-After': fault.retryAfter ?? '2' });
    case 'unauthorized':
      return errorReply(401, 'The supplied credentials are not valid.');
    case 'forbidden':
      return errorReply(403, 'You do not have permission to access this resource.');
    case 'no-content':
      return { status: 204, body: '' };
  }
}
