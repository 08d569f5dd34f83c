import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StatusCakeDataset } from './statuscake-dataset.ts';
import {
  Exchange,
  type OpenRequestRecord,
  type StatusCakeRequestRecord,
} from './statuscake-exchange.ts';
import { applyFault, denyToken, refuse, type RateBlock } from './statuscake-fault-responses.ts';
import { FaultQueue, type FaultOptions, type StatusCakeFault } from './statuscake-faults.ts';
import {
  DOCUMENTED_RATE_POLICIES,
  RateWindows,
  type StatusCakeRatePolicy,
} from './statuscake-rate-windows.ts';
import { route } from './statuscake-routes.ts';

export interface StatusCakeServerOptions {
  /** The API token the server accepts as `Authorization: Bearer <token>`. */
  readonly token: string;
  readonly dataset?: StatusCakeDataset;
  /** The account's rate limit (60/min and 5/s by default); [] for none. */
  readonly rateLimits?: readonly StatusCakeRatePolicy[];
  /** The server's clock in epoch ms, for the rate windows, Retry-After dates and the log. */
  readonly now?: () => number;
}

export interface StatusCakeServer {
  /** The base URL to configure (http://127.0.0.1:port); the API lives under /v1. */
  readonly url: string;
  readonly dataset: StatusCakeDataset;
  /** Every request, in arrival order. */
  readonly requests: readonly StatusCakeRequestRecord[];
  injectFault(fault: StatusCakeFault, options?: FaultOptions): void;
  clearFaults(): void;
  close(): Promise<void>;
}

/** A loopback StatusCake v1 that behaves as documented (docs/sources.md, "StatusCake"): tests and the demo. */
export async function startStatusCakeServer(
  options: StatusCakeServerOptions,
): Promise<StatusCakeServer> {
  const now = options.now ?? Date.now;
  const dataset = options.dataset ?? new StatusCakeDataset(now);
  const state = new ServerState(options, dataset, now);
  const server = createServer((request, response) => state.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataset,
    requests: state.requests,
    injectFault: (fault, faultOptions) => state.faults.add(fault, faultOptions),
    clearFaults: () => state.faults.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

class ServerState {
  readonly requests: StatusCakeRequestRecord[] = [];
  readonly faults = new FaultQueue();
  readonly #token: string;
  readonly #dataset: StatusCakeDataset;
  readonly #now: () => number;
  readonly #windows: RateWindows;
  #block: RateBlock | null = null;

  constructor(options: StatusCakeServerOptions, dataset: StatusCakeDataset, now: () => number) {
    this.#token = options.token;
    this.#dataset = dataset;
    this.#now = now;
    this.#windows = new RateWindows(options.rateLimits ?? DOCUMENTED_RATE_POLICIES, now);
  }

  handle(request: IncomingMessage, response: ServerResponse): void {
    const at = this.#now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const record: OpenRequestRecord = {
      at,
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
    if (this.#block && at < this.#block.until) return refuse(exchange, this.#block, at);
    if (!decision.allowed) return exchange.json(429, { message: 'Too many requests' });
    const fault = this.faults.take(record.path);
    const answer = () => route(this.#dataset, url);
    if (fault)
      return applyFault(fault, exchange, {
        now: at,
        block: (block) => (this.#block = block),
        answer,
        authorization: request.headers.authorization,
        pathAndQuery: record.path,
      });
    if (request.headers.authorization !== `Bearer ${this.#token}`) return denyToken(exchange);
    if (request.method !== 'GET')
      return exchange.json(405, { message: 'Method not allowed', errors: {} });
    const { status, body } = answer();
    exchange.json(status, body);
  }
}
