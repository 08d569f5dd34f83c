import type { IncomingMessage, ServerResponse } from 'node:http';
import { systemClock, type Clock } from '../../time/clock.ts';
import { intercepted, type Interceptor } from '../loopback/interceptor.ts';
import { listenOnLoopback } from '../loopback/listen.ts';
import type { StatusCakeAnswer } from './answers.ts';
import { StatusCakeDataset } from './dataset.ts';
import { Exchange, type OpenRequestRecord, type StatusCakeRequestRecord } from './exchange.ts';
import {
  DOCUMENTED_RATE_POLICIES,
  RateWindows,
  type StatusCakeRatePolicy,
} from './rate-windows.ts';
import { route } from './routes.ts';

export interface StatusCakeServerOptions {
  /** The API token the server accepts as `Authorization: Bearer <token>`. */
  readonly token: string;
  readonly dataset?: StatusCakeDataset;
  /** The account's rate limit (60/min and 5/s by default); [] for none. */
  readonly rateLimits?: readonly StatusCakeRatePolicy[];
  /**
   * Runs the rate windows on its monotonic time, dates checks, blocks and the log on its wall
   * time (default: the system clock).
   */
  readonly clock?: Clock;
  /** Asked, in order, before the server answers a request itself. */
  readonly interceptors?: readonly Interceptor<StatusCakeCall>[];
}

/** One request within the rate limit, as an interceptor sees it. */
export interface StatusCakeCall {
  /** Writes the answer and keeps the request's log record up to date. */
  readonly exchange: Exchange;
  /** Arrival, on the server's wall clock (epoch ms). */
  readonly at: number;
  /** Path and query, e.g. /v1/uptime?limit=100&page=1. */
  readonly pathAndQuery: string;
  readonly authorization: string | undefined;
  /** What the route answers, before the token is checked. */
  answer(): StatusCakeAnswer;
}

export interface StatusCakeServer {
  /** The base URL to configure (http://127.0.0.1:port); the API lives under /v1. */
  readonly url: string;
  readonly dataset: StatusCakeDataset;
  /** Every request, in arrival order. */
  readonly requests: readonly StatusCakeRequestRecord[];
  close(): Promise<void>;
}

/** A loopback StatusCake v1 that behaves as documented (docs/sources.md, "StatusCake"): tests and the demo. */
export async function startStatusCakeServer(
  options: StatusCakeServerOptions,
): Promise<StatusCakeServer> {
  const clock = options.clock ?? systemClock;
  const dataset = options.dataset ?? new StatusCakeDataset(clock);
  const state = new ServerState(options, dataset, clock);
  const listening = await listenOnLoopback((request, response) => state.handle(request, response));
  return { url: listening.url, dataset, requests: state.requests, close: listening.close };
}

/** StatusCake's auth layer on a bad token: 403, `x-ext-authz: denied`, and no JSON. */
export function denyToken(exchange: Exchange): void {
  exchange.text(403, 'text/plain', 'access denied', { 'x-ext-authz': 'denied' });
}

class ServerState {
  readonly requests: StatusCakeRequestRecord[] = [];
  readonly #token: string;
  readonly #dataset: StatusCakeDataset;
  readonly #clock: Clock;
  readonly #windows: RateWindows;
  readonly #interceptors: readonly Interceptor<StatusCakeCall>[];

  constructor(options: StatusCakeServerOptions, dataset: StatusCakeDataset, clock: Clock) {
    this.#token = options.token;
    this.#dataset = dataset;
    this.#clock = clock;
    this.#windows = new RateWindows(options.rateLimits ?? DOCUMENTED_RATE_POLICIES, clock);
    this.#interceptors = options.interceptors ?? [];
  }

  handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const record: OpenRequestRecord = {
      at: this.#clock.now(),
      method: request.method ?? 'GET',
      path: `${url.pathname}${url.search}`,
      status: null,
      bytes: 0,
    };
    this.requests.push(record);
    const exchange = new Exchange(response, record);
    // The rate limit holds for every request, refused or not, so its headers go on every answer.
    const decision = this.#windows.take();
    for (const [name, value] of Object.entries(decision.headers)) response.setHeader(name, value);
    if (!decision.allowed) return exchange.json(429, { message: 'Too many requests' });
    const call: StatusCakeCall = {
      exchange,
      at: record.at,
      pathAndQuery: record.path,
      authorization: request.headers.authorization,
      answer: () => route(this.#dataset, url),
    };
    if (intercepted(this.#interceptors, call)) return;
    if (call.authorization !== `Bearer ${this.#token}`) return denyToken(exchange);
    if (request.method !== 'GET')
      return exchange.json(405, { message: 'Method not allowed', errors: {} });
    const { status, body } = call.answer();
    exchange.json(status, body);
  }
}
