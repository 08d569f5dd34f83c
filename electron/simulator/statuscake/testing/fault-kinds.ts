import type { EchoCredentialsFault } from '../../loopback/testing/echo-credentials.ts';

/** Faults a test can inject into the StatusCake simulator (docs/reliability.md, "Fault injection"). */
export type StatusCakeFault =
  /** 500 with an HTML error page. */
  | { readonly kind: 'html-500' }
  /** 200 with an HTML page: a captive portal or proxy login in between. */
  | { readonly kind: 'html-200' }
  /** A valid JSON answer cut off halfway: Content-Length larger than sent, socket closed. */
  | { readonly kind: 'truncated' }
  /** No answer at all, or headers and then nothing. */
  | { readonly kind: 'hang'; readonly after?: 'nothing' | 'headers' }
  /** A valid answer, one byte per intervalMs (200 by default). */
  | { readonly kind: 'slow-drip'; readonly intervalMs?: number }
  /** Any status with a StatusCake JSON error body, e.g. 401 or a plain 403. */
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly message?: string;
      readonly errors?: Readonly<Record<string, readonly string[]>>;
    }
  /** Any JSON answer, for payloads the simulator would never produce. */
  | { readonly kind: 'json'; readonly status?: number; readonly body: unknown }
  /** What the auth layer answers a bad token: 403, x-ext-authz: denied, a non-JSON body. */
  | { readonly kind: 'token-denied' }
  /** 429 with Retry-After (seconds or an HTTP-date); every request until then is refused too. */
  | {
      readonly kind: 'rate-limited';
      readonly retryAfterSeconds: number;
      readonly form?: 'seconds' | 'date';
    }
  /** The token echoed in the message, as an `errors` key and in the headers. */
  | EchoCredentialsFault;
