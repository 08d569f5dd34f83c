import { assertNever } from '../../../../shared/result.ts';
import { echoCredentials } from '../../loopback/testing/echo-credentials.ts';
import type { Exchange } from '../exchange.ts';
import { denyToken, type StatusCakeCall } from '../server.ts';
import type { StatusCakeFault } from './fault-kinds.ts';

/** A refusal that lasts: every request before `until` (epoch ms) gets a 429. */
export interface RateBlock {
  readonly until: number;
  readonly form: 'seconds' | 'date';
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>';
const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login"></form></body></html>';

/** Answers `call` the faulty way; `block` starts a refusal that outlasts this request. */
export function applyFault(
  fault: StatusCakeFault,
  call: StatusCakeCall,
  block: (block: RateBlock) => void,
): void {
  const exchange = call.exchange;
  switch (fault.kind) {
    case 'html-500':
      return exchange.text(500, 'text/html; charset=utf-8', HTML_500);
    case 'html-200':
      return exchange.text(200, 'text/html; charset=utf-8', LOGIN_PAGE);
    case 'truncated':
      return truncate(exchange, JSON.stringify(call.answer().body));
    case 'hang':
      return hang(exchange, fault.after ?? 'nothing');
    case 'slow-drip':
      return drip(exchange, JSON.stringify(call.answer().body), fault.intervalMs ?? 200);
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
      return startBlock(call, fault.retryAfterSeconds, fault.form ?? 'seconds', block);
    case 'echo-credentials': {
      const echo = echoCredentials(fault, call.authorization, call.pathAndQuery);
      const errors = { [echo.credential]: ['is not a valid API token'], token: [echo.text] };
      return exchange.json(echo.status, { message: echo.text, errors }, echo.headers);
    }
    default:
      return assertNever(fault);
  }
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
  call: StatusCakeCall,
  seconds: number,
  form: RateBlock['form'],
  start: (block: RateBlock) => void,
): void {
  // An HTTP-date has whole seconds: round the end up, so the client's wait covers the block.
  const end = call.at + seconds * 1000;
  const block = { until: form === 'date' ? Math.ceil(end / 1000) * 1000 : end, form };
  start(block);
  refuse(call.exchange, block, call.at);
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
