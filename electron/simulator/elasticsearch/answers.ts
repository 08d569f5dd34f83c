import type { StoredDocument } from './dsl.ts';
import { badRequest, failureBody, type ElasticsearchFailure } from './error-bodies.ts';
import { indexOptionsFrom, resolveIndices } from './indices.ts';
import { runCount, runSearch } from './search.ts';
import type { IncomingCall } from '../loopback/loopback-server.ts';

/** What the simulated Elasticsearch answers a request, before any injected fault. */

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Corpus {
  readonly documents: readonly StoredDocument[];
  /** Every index that exists, with or without documents. */
  readonly indices: ReadonlySet<string>;
  readonly timeField: string;
  readonly now: number;
}

interface Route {
  readonly endpoint: 'search' | 'count' | 'info';
  readonly index: string;
}

export function answerCall(call: IncomingCall, corpus: Corpus): Answer {
  const route = parseRoute(call);
  if (!route) {
    const reason = `no handler found for uri [${call.path}] and method [${call.method}]`;
    return failure(badRequest('illegal_argument_exception', reason));
  }
  return route.endpoint === 'info' ? { status: 200, body: INFO } : answerQuery(route, call, corpus);
}

function answerQuery(route: Route, call: IncomingCall, corpus: Corpus): Answer {
  const resolved = resolveIndices(route.index, corpus.indices, indexOptionsFrom(call.query));
  if (!resolved.ok) return failure(resolved.error);
  const body = parseBody(call.body);
  if (body === undefined)
    return failure(badRequest('parsing_exception', 'request body is not valid JSON'));
  const selected = new Set(resolved.value);
  const documents = corpus.documents.filter((document) => selected.has(document.index));
  const shards = { total: selected.size, successful: selected.size, skipped: 0, failed: 0 };
  const run = route.endpoint === 'count' ? runCount : runSearch;
  const result = run(body, documents, { timeField: corpus.timeField, now: corpus.now }, shards);
  return result.ok ? { status: 200, body: result.value } : failure(result.error);
}

export function failure(failure: ElasticsearchFailure): Answer {
  return { status: failure.status, body: failureBody(failure) };
}

function parseRoute(call: IncomingCall): Route | null {
  const segments = call.path.split('/').filter(Boolean).map(safeDecode);
  if (segments.length === 0 && call.method === 'GET') return { endpoint: 'info', index: '' };
  const endpoint = segments.at(-1);
  if (segments.length > 2 || (endpoint !== '_search' && endpoint !== '_count')) return null;
  if (call.method !== 'GET' && call.method !== 'POST') return null;
  return {
    endpoint: endpoint === '_search' ? 'search' : 'count',
    index: segments.length === 2 ? (segments[0] ?? '') : '_all',
  };
}

/** The index expression of a path such as `/logs-*\/_search`. */
export function indexOf(path: string): string {
  return safeDecode(path.split('/')[1] ?? '');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const INFO = {
  name: 'dijkwacht-simulator',
  cluster_name: 'dijkwacht-demo',
  version: { number: '8.15.0', build_flavor: 'default' },
  tagline: 'You Know, for Search',
};
