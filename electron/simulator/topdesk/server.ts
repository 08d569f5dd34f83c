import type { IncomingMessage, ServerResponse } from 'node:http';
import { systemClock, type Clock } from '../../time/clock.ts';
import { intercepted, type Interceptor } from '../loopback/interceptor.ts';
import { listenOnLoopback } from '../loopback/listen.ts';
import { DEFAULT_TOPDESK_USER, type TopdeskUser } from './auth.ts';
import { createTopdeskDataset, type TopdeskDataset } from './dataset.ts';
import type { ListingCache } from './listing.ts';
import type { Reply } from './reply.ts';
import { createRequestLog, type RecordedRequest, type RequestLog } from './request-log.ts';
import { respond, type RouteContext } from './routes.ts';

export { DEFAULT_TOPDESK_USER, type TopdeskUser } from './auth.ts';
export type { IncidentInit, IncidentChanges, IncidentRecord } from './incident.ts';
export type { RecordedRequest } from './request-log.ts';
export type { TopdeskDataset } from './dataset.ts';
export type { Reply } from './reply.ts';

/**
 * A simulated TOPdesk on loopback (node:http, 127.0.0.1, a free port) that behaves as the
 * API documentation says (docs/sources.md, "TOPdesk"): Basic auth with application passwords, the
 * incident list with pageStart/pageSize, 206/200/204, FIQL, fields, sort and `+0000` dates.
 * The demo's TOPdesk, and the tests' (which add faults through `interceptors`).
 */
export interface TopdeskServerOptions {
  readonly users?: readonly TopdeskUser[];
  /** The server's own page-size cap (default 1000); larger requests get this many rows. */
  readonly maxPageSize?: number;
  /** Dates are written in this offset (default 0: `+0000`). */
  readonly utcOffsetMinutes?: number;
  /** Stamps creation and modification dates and the request log (default: the system clock). */
  readonly clock?: Clock;
  readonly version?: string;
  /** Asked, in order, before the server answers a request itself. */
  readonly interceptors?: readonly Interceptor<TopdeskCall>[];
}

/** One request, as an interceptor sees it. */
export interface TopdeskCall {
  readonly method: string;
  /** The path without the query, e.g. /tas/api/incidents. */
  readonly path: string;
  /** Path and query string, as sent (still percent-encoded). */
  readonly pathAndQuery: string;
  readonly authorization: string | undefined;
  /** What the server answers when nothing intercepts, Basic auth included. */
  answer(): Reply;
  /** Sends a whole reply, logged as the server's own are. */
  send(reply: Reply): void;
  /** The response itself, for an answer written bit by bit; `sent` keeps the log's count. */
  readonly response: ServerResponse;
  sent(status: number, bytes: number): void;
}

export interface TopdeskServer {
  /** `http://127.0.0.1:<port>`: the base URL a config names (the client adds /tas/api). */
  readonly url: string;
  readonly incidents: TopdeskDataset;
  /** Every request so far (the latest 10,000), with its status and the body bytes sent. */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  setMaxPageSize(size: number): void;
  close(): Promise<void>;
}

export async function startTopdeskServer(
  options: TopdeskServerOptions = {},
): Promise<TopdeskServer> {
  const clock = options.clock ?? systemClock;
  const incidents = createTopdeskDataset(clock);
  const state: ServerState = {
    ...defaults(options),
    incidents,
    log: createRequestLog(clock),
    interceptors: options.interceptors ?? [],
  };
  const listening = await listenOnLoopback((req, res) => handle(state, req, res));
  return {
    url: listening.url,
    incidents,
    get requests() {
      return state.log.entries();
    },
    clearRequests: () => state.log.clear(),
    setMaxPageSize: (size) => void (state.maxPageSize = size),
    close: listening.close,
  };
}

function defaults(options: TopdeskServerOptions): Omit<RouteContext, 'incidents'> {
  return {
    users: options.users ?? [DEFAULT_TOPDESK_USER],
    maxPageSize: options.maxPageSize ?? 1000,
    utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    version: options.version ?? '3.7.0',
    cache: { key: '', rows: [] } as ListingCache,
  };
}

type ServerState = RouteContext & {
  maxPageSize: number;
  readonly log: RequestLog;
  readonly interceptors: readonly Interceptor<TopdeskCall>[];
};

function handle(state: ServerState, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const pathAndQuery = `${url.pathname}${url.search}`;
  const entry = state.log.record(req.method ?? 'GET', pathAndQuery);
  const call: TopdeskCall = {
    method: req.method ?? 'GET',
    path: url.pathname,
    pathAndQuery,
    authorization: req.headers.authorization,
    answer: () => safely(() => respond(state, req, url)),
    send: (reply) => {
      send(res, reply);
      entry.sent(reply.status, Buffer.byteLength(reply.body));
    },
    response: res,
    sent: (status, bytes) => entry.sent(status, bytes),
  };
  if (intercepted(state.interceptors, call)) return;
  call.send(call.answer());
}

/** A bug in the simulator answers 500 instead of taking the test process down. */
function safely(answer: () => Reply): Reply {
  try {
    return answer();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 500, body: JSON.stringify([{ message: `Simulator error: ${message}` }]) };
  }
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.status !== 204) {
    headers['Content-Type'] ??= 'application/json';
    headers['Content-Length'] = Buffer.byteLength(reply.body);
  }
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : reply.body);
}
