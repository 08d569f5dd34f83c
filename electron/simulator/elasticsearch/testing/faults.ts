import { failure, indexOf, type Answer } from './elasticsearch-answers.ts';
import { indexNotFound, rejected, securityFailure } from './elasticsearch-failures.ts';
import type { Shards } from './elasticsearch-search.ts';
import { echoCredentials, type EchoCredentialsFault } from './echo-credentials.ts';
import type { IncomingCall, TransportFault } from './loopback-server-kit.ts';

/**
 * The failures a real cluster shows (docs/sources.md, "Elasticsearch"): a search that hit its timeout
 * or lost shards still answers 200; a saturated cluster answers 429; security and missing
 * indices answer with the ES error body. Transport faults come from the kit.
 */
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
  | { readonly kind: 'index-not-found' }
  /** The credentials echoed in the error's reason (as a circuit breaker's does) and headers. */
  | EchoCredentialsFault;

export function isTransportFault(fault: ElasticsearchFault): fault is TransportFault {
  return ['html-500', 'truncated', 'hang', 'slow-drip'].includes(fault.kind);
}

/** The answer with the fault applied; transport faults are applied while sending. */
export function applyFault(fault: ElasticsearchFault, normal: Answer, call: IncomingCall): Answer {
  switch (fault.kind) {
    case 'timed-out':
      return normal.status === 200 ? withBody(normal, { timed_out: true }) : normal;
    case 'failed-shards':
      return normal.status === 200 ? withFailedShards(normal, fault.failed ?? 1) : normal;
    case 'rejected':
      return rejection(fault.type ?? 'es_rejected_execution_exception', fault.retryAfterSeconds);
    case 'unauthorized':
      return failure(securityFailure(401, call.path));
    case 'forbidden':
      return failure(securityFailure(403, call.path));
    case 'index-not-found':
      return failure(indexNotFound(indexOf(call.path)));
    case 'echo-credentials':
      return echoFailure(fault, call);
    default:
      return normal;
  }
}

/** A 429 echoes like a circuit breaker quoting the request; any other status like a 401. */
function echoFailure(fault: EchoCredentialsFault, call: IncomingCall): Answer {
  const pathAndQuery = `${call.path}${call.query.size > 0 ? `?${call.query.toString()}` : ''}`;
  const echo = echoCredentials(fault, call.headers.authorization, pathAndQuery);
  const type = echo.status === 429 ? 'circuit_breaking_exception' : 'security_exception';
  const reason = `[parent] Data too large, data for [<http_request> ${echo.text}] would be larger than the limit`;
  const answer = failure({
    status: echo.status,
    type,
    reason: type === 'circuit_breaking_exception' ? reason : echo.text,
    rootCause: { type, reason: echo.text },
  });
  return { ...answer, headers: echo.headers };
}

function rejection(
  type: 'es_rejected_execution_exception' | 'circuit_breaking_exception',
  retryAfterSeconds: number | undefined,
): Answer {
  const headers: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return { ...failure(rejected(type)), headers };
}

function withFailedShards(normal: Answer, failed: number): Answer {
  const shards = (normal.body as { _shards: Shards })._shards;
  const failures = Array.from({ length: failed }, (_, shard) => ({
    shard,
    index: 'simulated',
    node: 'node-2',
    reason: {
      type: 'node_not_connected_exception',
      reason: '[node-2][127.0.0.1:9300] Node not connected',
    },
  }));
  return withBody(normal, {
    _shards: { ...shards, total: shards.total + failed, failed, failures },
  });
}

function withBody(normal: Answer, changes: object): Answer {
  return { ...normal, body: { ...(normal.body as object), ...changes } };
}
