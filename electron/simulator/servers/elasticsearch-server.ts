import type { StoredDocument } from './elasticsearch-dsl.ts';
import {
  badRequest,
  failureBody,
  indexNotFound,
  rejected,
  securityFailure,
  type ElasticsearchFailure,
} from './elasticsearch-failures.ts';
import { indexOptionsFrom, resolveIndices } from './elasticsearch-indices.ts';
import type { FieldValue } from './elasticsearch-query-string.ts';
import { runCount, runSearch, type Shards } from './elasticsearch-search.ts';
import {
  FaultQueue,
  sendJson,
  sendTransportFault,
  startLoopbackServer,
  type IncomingCall,
  type LoopbackServer,
  type TransportFault,
} from './loopback-server-kit.ts';

/**
 * A loopback stand-in for Elasticsearch's `_count` and `_search` (api-contracts.md §3), for
 * the tests and the demo: documents in memory, a query_string subset, date histograms,
 * hits.total with its 10,000 cut-off, ApiKey/Basic auth and the documented failure modes.
 */

export interface ElasticsearchDocument {
  readonly index: string;
  readonly timestamp: string | number | Date;
  readonly fields?: Readonly<Record<string, FieldValue>>;
}

export type ElasticsearchFault =
  | TransportFault
  | { readonly kind: 'timed-out' }
  | { readonly kind: 'failed-shards'; readonly failed?: number }
  | {
      readonly kind: 'rejected';
      readonly type?: 'es_rejected_execution_exception' | 'circuit_breaking_exception';
      readonly retryAfterSeconds?: number;
    }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'index-not-found' };

export interface ElasticsearchServerOptions {
  /** The encoded key clients must send as `Authorization: ApiKey <key>`. */
  readonly apiKey?: string;
  readonly basicAuth?: { readonly username: string; readonly password: string };
  /** The field range filters and histograms read the documents' timestamp under. */
  readonly timeField?: string;
  readonly now?: () => Date;
}

export interface ElasticsearchServer extends LoopbackServer {
  readonly addDocuments: (documents: readonly ElasticsearchDocument[]) => void;
  /** An index that exists without documents (a concrete name then answers instead of 404). */
  readonly createIndex: (name: string) => void;
  /** Drops old documents so a days-long demo stays small; returns how many went. */
  readonly removeDocumentsBefore: (time: Date) => number;
  readonly documentCount: () => number;
  readonly injectFault: (
    fault: ElasticsearchFault,
    options?: { readonly times?: number; readonly path?: RegExp },
  ) => void;
  readonly clearFaults: () => void;
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Every real response carries it; clients can tell Elasticsearch from a proxy by it. */
const PRODUCT_HEADER = { 'x-elastic-product': 'Elasticsearch' };

export async function startElasticsearchServer(
  options: ElasticsearchServerOptions = {},
): Promise<ElasticsearchServer> {
  const timeField = options.timeField ?? '@timestamp';
  const now = options.now ?? (() => new Date());
  let documents: StoredDocument[] = [];
  const indices = new Set<string>();
  const faults = new FaultQueue<ElasticsearchFault>();
  let serial = 0;

  const answer = (call: IncomingCall): Answer => {
    if (!isAuthorised(call, options)) return failure(securityFailure(401, call.path));
    const route = parseRoute(call);
    if (!route)
      return failure(
        badRequest(
          'illegal_argument_exception',
          `no handler found for uri [${call.path}] and method [${call.method}]`,
        ),
      );
    if (route.endpoint === 'info') return { status: 200, body: INFO };
    const resolved = resolveIndices(route.index, indices, indexOptionsFrom(call.query));
    if (!resolved.ok) return failure(resolved.error);
    const selected = new Set(resolved.value);
    const shards: Shards = {
      total: selected.size,
      successful: selected.size,
      skipped: 0,
      failed: 0,
    };
    const matching = documents.filter((document) => selected.has(document.index));
    const body = parseBody(call.body);
    if (body === undefined)
      return failure(badRequest('parsing_exception', 'request body is not valid JSON'));
    const context = { timeField, now: now().getTime() };
    const run = route.endpoint === 'count' ? runCount : runSearch;
    const result = run(body, matching, context, shards);
    return result.ok ? { status: 200, body: result.value } : failure(result.error);
  };

  const server = await startLoopbackServer((call) => {
    const fault = faults.take(call.path);
    const normal = answer(call);
    send(call, fault ? applyFault(fault, normal, call) : normal, fault);
  });

  return {
    ...server,
    addDocuments: (added) => {
      for (const document of added) {
        indices.add(document.index);
        documents.push({
          id: String(++serial),
          index: document.index,
          time: toMs(document.timestamp),
          fields: document.fields ?? {},
        });
      }
    },
    createIndex: (name) => void indices.add(name),
    removeDocumentsBefore: (time) => {
      const before = documents.length;
      documents = documents.filter((document) => document.time >= time.getTime());
      return before - documents.length;
    },
    documentCount: () => documents.length,
    injectFault: (fault, faultOptions) => faults.inject(fault, faultOptions),
    clearFaults: () => faults.clear(),
  };
}

function send(call: IncomingCall, answer: Answer, fault: ElasticsearchFault | null): void {
  const headers = { ...PRODUCT_HEADER, ...answer.headers };
  if (fault && isTransportFault(fault)) {
    return sendTransportFault(call.response, fault, JSON.stringify(answer.body), headers);
  }
  sendJson(call.response, answer.status, answer.body, headers);
}

function applyFault(fault: ElasticsearchFault, normal: Answer, call: IncomingCall): Answer {
  switch (fault.kind) {
    case 'timed-out':
      return normal.status === 200
        ? { ...normal, body: { ...(normal.body as object), timed_out: true } }
        : normal;
    case 'failed-shards':
      return normal.status === 200 ? withFailedShards(normal, fault.failed ?? 1) : normal;
    case 'rejected': {
      const retry = fault.retryAfterSeconds;
      const headers: Record<string, string> =
        retry === undefined ? {} : { 'retry-after': String(retry) };
      return { ...failure(rejected(fault.type ?? 'es_rejected_execution_exception')), headers };
    }
    case 'unauthorized':
      return failure(securityFailure(401, call.path));
    case 'forbidden':
      return failure(securityFailure(403, call.path));
    case 'index-not-found':
      return failure(indexNotFound(safeDecode(call.path.split('/')[1] ?? '')));
    default:
      return normal; // Transport faults are applied while sending.
  }
}

function withFailedShards(normal: Answer, failed: number): Answer {
  const body = normal.body as { _shards: Shards };
  const total = body._shards.total + failed;
  const failures = Array.from({ length: failed }, (_, shard) => ({
    shard,
    index: 'simulated',
    node: 'node-2',
    reason: {
      type: 'node_not_connected_exception',
      reason: '[node-2][127.0.0.1:9300] Node not connected',
    },
  }));
  return { ...normal, body: { ...body, _shards: { ...body._shards, total, failed, failures } } };
}

function isTransportFault(fault: ElasticsearchFault): fault is TransportFault {
  return ['html-500', 'truncated-json', 'hang', 'slow-drip'].includes(fault.kind);
}

function failure(failure: ElasticsearchFailure): Answer {
  return { status: failure.status, body: failureBody(failure) };
}

function parseRoute(
  call: IncomingCall,
): { endpoint: 'search' | 'count' | 'info'; index: string } | null {
  const segments = call.path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 0 && call.method === 'GET') return { endpoint: 'info', index: '' };
  const endpoint = segments.at(-1);
  if (segments.length > 2 || (endpoint !== '_search' && endpoint !== '_count')) return null;
  if (call.method !== 'GET' && call.method !== 'POST') return null;
  return {
    endpoint: endpoint === '_search' ? 'search' : 'count',
    index: segments.length === 2 ? segments[0]! : '_all',
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isAuthorised(call: IncomingCall, options: ElasticsearchServerOptions): boolean {
  if (!options.apiKey && !options.basicAuth) return true;
  const header = call.headers.authorization ?? '';
  if (options.apiKey && header === `ApiKey ${options.apiKey}`) return true;
  const basic = options.basicAuth;
  const expected = basic && Buffer.from(`${basic.username}:${basic.password}`).toString('base64');
  return Boolean(expected) && header === `Basic ${expected}`;
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toMs(timestamp: string | number | Date): number {
  const ms =
    timestamp instanceof Date
      ? timestamp.getTime()
      : typeof timestamp === 'number'
        ? timestamp
        : Date.parse(timestamp);
  if (!Number.isFinite(ms)) throw new Error(`not a timestamp: ${String(timestamp)}`);
  return ms;
}

const INFO = {
  name: 'dijkwacht-simulator',
  cluster_name: 'dijkwacht-demo',
  version: { number: '8.15.0', build_flavor: 'default' },
  tagline: 'You Know, for Search',
};
