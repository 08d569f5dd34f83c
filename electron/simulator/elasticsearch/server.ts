import { systemClock, type Clock } from '../../time/clock.ts';
import { intercepted, type Interceptor } from '../loopback/interceptor.ts';
import {
  sendJson,
  startLoopbackServer,
  type IncomingCall,
  type LoopbackServer,
} from '../loopback/loopback-server.ts';
import { answerCall, failure, type Answer } from './answers.ts';
import type { StoredDocument } from './dsl.ts';
import { securityFailure } from './error-bodies.ts';
import type { FieldValue } from './query-string.ts';

export type { Answer } from './answers.ts';

/**
 * A loopback stand-in for Elasticsearch's `_count` and `_search` (docs/sources.md), for
 * the tests and the demo: documents in memory, a query_string subset, date histograms,
 * hits.total with its 10,000 cut-off, ApiKey/Basic auth and the error bodies Elasticsearch
 * sends. Tests add faults through `interceptors`.
 */

export interface ElasticsearchDocument {
  readonly index: string;
  readonly timestamp: string | number | Date;
  readonly fields?: Readonly<Record<string, FieldValue>>;
}

export interface ElasticsearchServerOptions {
  /** The encoded key clients must send as `Authorization: ApiKey <key>`. */
  readonly apiKey?: string;
  readonly basicAuth?: { readonly username: string; readonly password: string };
  /** The field range filters and histograms read the documents' timestamp under. */
  readonly timeField?: string;
  /** The `now` of date math and query windows (default: the system clock). */
  readonly clock?: Clock;
  /** Asked, in order, before the server answers a request itself. */
  readonly interceptors?: readonly Interceptor<ElasticsearchCall>[];
}

/** One request, as an interceptor sees it. */
export interface ElasticsearchCall extends IncomingCall {
  /** What the server answers when nothing intercepts, auth included. */
  answer(): Answer;
  /** Sends an answer the way the server sends its own. */
  send(answer: Answer): void;
}

export interface ElasticsearchServer extends LoopbackServer {
  readonly addDocuments: (documents: readonly ElasticsearchDocument[]) => void;
  /** An index that exists without documents (a concrete name then answers instead of 404). */
  readonly createIndex: (name: string) => void;
  /** Drops old documents so a days-long demo stays small; returns how many went. */
  readonly removeDocumentsBefore: (time: Date) => number;
  readonly documentCount: () => number;
}

/** Every real response carries it; clients can tell Elasticsearch from a proxy by it. */
export const PRODUCT_HEADER = { 'x-elastic-product': 'Elasticsearch' };

export async function startElasticsearchServer(
  options: ElasticsearchServerOptions = {},
): Promise<ElasticsearchServer> {
  const timeField = options.timeField ?? '@timestamp';
  const clock = options.clock ?? systemClock;
  const interceptors = options.interceptors ?? [];
  let documents: StoredDocument[] = [];
  /** Every document so far came no earlier than the one before it (the demo writes so). */
  let inTimeOrder = true;
  const indices = new Set<string>();
  let serial = 0;

  const server = await startLoopbackServer((incoming) => {
    const call: ElasticsearchCall = {
      ...incoming,
      answer: () =>
        isAuthorised(incoming, options)
          ? answerCall(incoming, { documents, indices, timeField, now: clock.now() })
          : failure(securityFailure(401, incoming.path)),
      send: (answer) => send(incoming, answer),
    };
    if (intercepted(interceptors, call)) return;
    call.send(call.answer());
  });

  return {
    ...server,
    addDocuments: (added) => {
      for (const document of added) {
        indices.add(document.index);
        const time = toMs(document.timestamp);
        if (time < (documents.at(-1)?.time ?? time)) inTimeOrder = false;
        documents.push({
          id: String(++serial),
          index: document.index,
          time,
          fields: document.fields ?? {},
        });
      }
    },
    createIndex: (name) => void indices.add(name),
    removeDocumentsBefore: (time) => {
      const cutoff = time.getTime();
      if (!inTimeOrder) {
        const before = documents.length;
        documents = documents.filter((document) => document.time >= cutoff);
        return before - documents.length;
      }
      // In time order the old ones lead: drop them in place, without copying the rest. The
      // demo asks four times a second, mostly to find nothing to drop.
      let old = 0;
      while (old < documents.length && documents[old]!.time < cutoff) old++;
      if (old > 0) documents.splice(0, old);
      return old;
    },
    documentCount: () => documents.length,
  };
}

function send(call: IncomingCall, answer: Answer): void {
  sendJson(call.response, answer.status, answer.body, { ...PRODUCT_HEADER, ...answer.headers });
}

function isAuthorised(call: IncomingCall, options: ElasticsearchServerOptions): boolean {
  if (!options.apiKey && !options.basicAuth) return true;
  const header = call.headers.authorization ?? '';
  if (options.apiKey && header === `ApiKey ${options.apiKey}`) return true;
  const basic = options.basicAuth;
  const expected = basic && Buffer.from(`${basic.username}:${basic.password}`).toString('base64');
  return Boolean(expected) && header === `Basic ${expected}`;
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
