import { assertNever } from '../../../shared/result.ts';
import type { StatusCakeAnswer } from './statuscake-answers.ts';
import { echoCredentials } from './echo-credentials.ts';
import type { Exchange } from './statuscake-exchange.ts';
import type { StatusCakeFault } from './statuscake-faults.ts';

/** A refusal that lasts: every request before `until` (epoch ms) gets a 429. */
export interface RateBlock {
  readonly until: number;
  readonly form: 'seconds' | 'date';
}

export interface FaultContext {
  readonly now: number;
  /** Refuse every request until the block ends. */
  block(block: RateBlock): void;
  /** The answer the request would have had, for faults that send (part of) real data. */
  answer(): StatusCakeAnswer;
  readonly authorization: string | undefined;
  readonly pathAndQuery: string;
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>';
const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';

export function applyFault(
  fault: StatusCakeFault,
  exchange: Exchange,
  context: FaultContext,
): void {
  switch (fault.kind) {
    case 'html-500':
      return exchange.text(500, 'text/html; charset=utf-8', HTML_500);
    case 'html-200':
      return exchange.text(200, 'text/html; charset=utf-8', LOGIN_PAGE);
    case 'truncated':
      return truncate(exchange, JSON.stringify(context.answer().body));
    case 'hang':
      return hang(exchange, fault.after ?? 'nothing');
    case 'slow-drip':
      return drip(exchange, JSON.stringify(context.answer().body), fault.intervalMs ?? 200);
    case 'status':
      return exchange.json(fault.status, {
        message: fault.message ?? `HTTP ${fault.status}`,
        errors: fault.errors ?? {},
      });
    case 'json':
      return exchange.json(fault.status ?? 200, fault.body);
    case 'token-denied':
      return denyToken(exchange);
    case 'rate-limited':
      return startBlock(exchange, fault.retryAfterSeconds, fault.form ?? 'seconds', context);
    case 'echo-credentials': {
      const echo = echoCredentials(fault, context.authorization, context.pathAndQuery);
      const errors = { [echo.credential]: ['is not a valid API token'], token: [echo.text] };
      return exchange.json(echo.status, { message: echo.text, errors }, echo.headers);
    }
    default:
      return assertNever(fault);
  }
}

/** StatusCake's auth layer on a bad token: 403, `x-ext-authz: denied`, and no JSON. */
export function denyToken(exchange: Exchange): void {
  exchange.text(403, 'text/plain', 'access denied', { 'x-ext-authz': 'denied' });
}

/** The 429 of a running block, Retry-After in the block's form. */
export function refuse(exchange: Exchange, block: RateBlock, now: number): void {
  const retryAfter =
    block.form === 'date'
      ? new Date(block.until).toUTCString()
      : String(Math.ceil((block.until - now) / 1000));
  exchange.json(429, { message: 'Too many requests' }, { 'retry-after': retryAfter });
}

function startBlock(
  exchange: Exchange,
  seconds: number,
  form: RateBlock['form'],
  context: FaultContext,
): void {
  // An HTTP-date has whole seconds: round the end up, so the client's wait covers the block.
  const end = context.now + seconds * 1000;
  const block = { until: form === 'date' ? Math.ceil(end / 1000) * 1000 : end, form };
  context.block(block);
  refuse(exchange, block, context.now);
}

function truncate(exchange: Exchange, body: string): void {
  exchange.head(200, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  });
  exchange.write(body.slice(0, Math.floor(body.length / 2)), () =>
    exchange.response.socket?.destroy(),
  );
}

function hang(exchange: Exchange, after: 'nothing' | 'headers'): void {
  if (after === 'nothing') return;
  exchange.head(200, { 'content-type': 'application/json' });
  exchange.response.flushHeaders();
}

function drip(exchange: Exchange, body: string, intervalMs: number): void {
  exchange.head(200, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
  });
  let sent = 0;
  const timer = setInterval(() => {
    exchange.write(body.charAt(sent));
    sent += 1;
    if (sent >= body.length) exchange.response.end();
  }, intervalMs);
  exchange.response.on('close', () => clearInterval(timer));
}
