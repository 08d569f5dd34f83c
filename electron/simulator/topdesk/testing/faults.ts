import { echoCredentials, type EchoCredentialsFault } from './echo-credentials.ts';
import type { Reply } from './topdesk-listing.ts';

/** The failures a test or the demo can inject into the simulated TOPdesk (docs/reliability.md, "Fault injection"). */
export type TopdeskFault =
  /** 500 with an HTML error page, as a proxy or a crashed app server sends it. */
  | { readonly kind: 'html-500' }
  /** The real answer with a Content-Length larger than what is sent, then the socket closed. */
  | { readonly kind: 'truncated' }
  /** The request is accepted and never answered: not even headers. */
  | { readonly kind: 'hang' }
  /** The real answer, one byte per `intervalMs` (default 200). */
  | { readonly kind: 'slow-drip'; readonly intervalMs?: number }
  /** 429 with Retry-After (default `2`, seconds; an HTTP-date works too). */
  | { readonly kind: 'rate-limited'; readonly retryAfter?: string }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  /** 204 No Content: "nothing matched". */
  | { readonly kind: 'no-content' }
  /** The credentials sent, echoed in the error body and headers. */
  | EchoCredentialsFault;

export interface FaultOptions {
  /** Matching requests to let through before the fault starts (default 0). */
  readonly skip?: number;
  /** How many requests get the fault (default: all, until cleared). */
  readonly times?: number;
  /** Requests whose path starts with this get the fault (default `/tas/api/incidents`). */
  readonly path?: string;
}

interface FaultRule {
  readonly fault: TopdeskFault;
  readonly path: string;
  skip: number;
  times: number;
}

export interface FaultPlan {
  add(fault: TopdeskFault, options?: FaultOptions): void;
  clear(): void;
  /** The fault for a request to `path`, if any; counts the request against the rule. */
  take(path: string): TopdeskFault | null;
}

export function createFaultPlan(): FaultPlan {
  let rules: FaultRule[] = [];
  return {
    add(fault, options = {}) {
      const { skip = 0, times = Number.POSITIVE_INFINITY, path = '/tas/api/incidents' } = options;
      rules.push({ fault, path, skip, times });
    },
    clear() {
      rules = [];
    },
    take(path) {
      const rule = rules.find(
        (candidate) => candidate.times > 0 && path.startsWith(candidate.path),
      );
      if (!rule) return null;
      if (rule.skip > 0) {
        rule.skip--;
        return null;
      }
      rule.times--;
      return rule.fault;
    },
  };
}

/** TOPdesk's error body: a JSON array of `{message}` (docs/sources.md, "TOPdesk"). */
export function errorReply(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Reply {
  return { status, body: JSON.stringify([{ message }]), headers };
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>The server encountered an unexpected condition.</p></body></html>';

/** What a fault may echo of the request it answers. */
export interface FaultedRequest {
  readonly authorization: string | undefined;
  readonly pathAndQuery: string;
}

/** The reply a status-only fault sends instead of the real one; null for the stream faults. */
export function faultReply(fault: TopdeskFault, request: FaultedRequest): Reply | null {
  switch (fault.kind) {
    case 'echo-credentials': {
      const echo = echoCredentials(fault, request.authorization, request.pathAndQuery);
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
    default:
      return null;
  }
}
