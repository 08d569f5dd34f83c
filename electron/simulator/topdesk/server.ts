import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_TOPDESK_USER, type TopdeskUser } from './topdesk-auth.ts';
import { createTopdeskDataset, type TopdeskDataset } from './topdesk-dataset.ts';
import { streamFault } from './topdesk-fault-streams.ts';
import { createFaultPlan, faultReply, type FaultPlan } from './topdesk-faults.ts';
import type { FaultOptions, TopdeskFault } from './topdesk-faults.ts';
import type { ListingCache, Reply } from './topdesk-listing.ts';
import { createRequestLog, type RecordedRequest, type RequestLog } from './topdesk-request-log.ts';
import { respond, type RouteContext } from './topdesk-routes.ts';

export { DEFAULT_TOPDESK_USER, type TopdeskUser } from './topdesk-auth.ts';
export type { TopdeskFault, FaultOptions } from './topdesk-faults.ts';
export type { IncidentInit, IncidentChanges, IncidentRecord } from './topdesk-incident.ts';
export type { RecordedRequest } from './topdesk-request-log.ts';
export type { TopdeskDataset } from './topdesk-dataset.ts';

/**
 * A simulated TOPdesk on loopback (node:http, 127.0.0.1, a free port) that behaves as the
 * API documentation says (docs/sources.md, "TOPdesk"): Basic auth with application passwords, the
 * incident list with pageStart/pageSize, 206/200/204, FIQL, fields, sort, `+0000` dates,
 * and faults injected per test. The tests' fixture and the demo simulator's TOPdesk.
 */
export interface TopdeskServerOptions {
  readonly users?: readonly TopdeskUser[];
  /** The server's own page-size cap (default 1000); larger requests get this many rows. */
  readonly maxPageSize?: number;
  /** Dates are written in this offset (default 0: `+0000`). */
  readonly utcOffsetMinutes?: number;
  /** The clock that stamps creation and modification dates (default: the wall clock). */
  readonly now?: () => Date;
  readonly version?: string;
}

export interface TopdeskServer {
  /** `http://127.0.0.1:<port>`: the base URL a config names (the client adds /tas/api). */
  readonly url: string;
  readonly incidents: TopdeskDataset;
  /** Every request so far (the latest 10,000), with its status and the body bytes sent. */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  injectFault(fault: TopdeskFault, options?: FaultOptions): void;
  clearFaults(): void;
  setMaxPageSize(size: number): void;
  close(): Promise<void>;
}

export async function startTopdeskServer(
  options: TopdeskServerOptions = {},
): Promise<TopdeskServer> {
  const incidents = createTopdeskDataset(options.now ?? (() => new Date()));
  const state = {
    ...defaults(options),
    incidents,
    faults: createFaultPlan(),
    log: createRequestLog(),
  };
  const server = createServer((req, res) => handle(state, req, res));
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    incidents,
    get requests() {
      return state.log.entries();
    },
    clearRequests: () => state.log.clear(),
    injectFault: (fault, faultOptions) => state.faults.add(fault, faultOptions),
    clearFaults: () => state.faults.clear(),
    setMaxPageSize: (size) => void (state.maxPageSize = size),
    close: () => shutdown(server),
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
  readonly faults: FaultPlan;
  readonly log: RequestLog;
};

function handle(state: ServerState, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const entry = state.log.record(req.method ?? 'GET', `${url.pathname}${url.search}`);
  const fault = state.faults.take(url.pathname);
  const request = {
    authorization: req.headers.authorization,
    pathAndQuery: `${url.pathname}${url.search}`,
  };
  const early = fault ? faultReply(fault, request) : null;
  const reply = early ?? safely(() => respond(state, req, url));
  if (fault && !early) {
    streamFault(fault, reply, res, (bytes) => entry.sent(reply.status, bytes));
    return;
  }
  send(res, reply);
  entry.sent(reply.status, Buffer.byteLength(reply.body));
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

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function shutdown(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Hung and dripping requests would otherwise keep the server open forever.
    server.closeAllConnections();
  });
}
