import { answerCall, failure, type Answer } from './elasticsearch-answers.ts';
import type { StoredDocument } from './elasticsearch-dsl.ts';
import { securityFailure } from './elasticsearch-failures.ts';
import { applyFault, isTransportFault, type ElasticsearchFault } from './elasticsearch-faults.ts';
import type { FieldValue } from './elasticsearch-query-string.ts';
import {
  FaultQueue,
  sendJson,
  sendTransportFault,
  startLoopbackServer,
  type IncomingCall,
  type LoopbackServer,
} from './loopback-server-kit.ts';

export type { ElasticsearchFault } from './elasticsearch-faults.ts';

/**
 * A loopback stand-in for Elasticsearch's `_count` and `_search` (docs/sources.md), for
 * the tests and the demo: documents in memory, a query_string subset, date histograms,
 * hits.total with its 10,000 cut-off, ApiKey/Basic auth and the documented failure modes.
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

  const server = await startLoopbackServer((call) => {
    const fault = faults.take(call.path);
    const corpus = { documents, indices, timeField, now: now().getTime() };
    const normal = isAuthorised(call, options)
      ? answerCall(call, corpus)
      : failure(securityFailure(401, call.path));
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
