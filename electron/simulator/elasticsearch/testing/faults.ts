import {
  echoCredentials,
  type EchoCredentialsFault,
} from '../../loopback/testing/echo-credentials.ts';
import { FaultQueue, type InjectableFaults } from '../../loopback/testing/fault-queue.ts';
import {
  isTransportFault,
  sendTransportFault,
  type TransportFault,
} from '../../loopback/testing/transport-faults.ts';
import { failure, indexOf, type Answer } from '../answers.ts';
import { indexNotFound, securityFailure, type ElasticsearchFailure } from '../error-bodies.ts';
import type { Shards } from '../search.ts';
import { PRODUCT_HEADER, type ElasticsearchCall } from '../server.ts';

export type { FaultOptions } from '../../loopback/testing/fault-queue.ts';

/**
 * The failures a real cluster shows (docs/sources.md, "Elasticsearch"): a search that hit its timeout
 * or lost shards still answers 200; a saturated cluster answers 429; security and missing
 * indices answer with the ES error body. Transport faults are the loopback servers' own.
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

/**
 * The queue a test injects into, and the interceptor that serves it. A fault without options
 * hits every request, until cleared.
 */
export function elasticsearchFaults(): InjectableFaults<ElasticsearchFault, ElasticsearchCall> {
  const queue = new FaultQueue<ElasticsearchFault>({ times: Number.POSITIVE_INFINITY });
  const interceptor = (call: ElasticsearchCall): boolean => {
    const fault = queue.take(call.path);
    if (!fault) return false;
    const normal = call.answer();
    if (isTransportFault(fault)) {
      const headers = { ...PRODUCT_HEADER, ...normal.headers };
      sendTransportFault(call.response, fault, JSON.stringify(normal.body), headers);
    } else call.send(applyFault(fault, normal, call));
    return true;
  };
  return { queue, interceptor };
}

/** The answer with the fault applied. */
function applyFault(
  fault: Exclude<ElasticsearchFault, TransportFault>,
  normal: Answer,
  call: ElasticsearchCall,
): Answer {
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
  }
}

/** A 429 echoes like a circuit breaker quoting the request; any other status like a 401. */
function echoFailure(fault: EchoCredentialsFault, call: ElasticsearchCall): Answer {
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

/** A saturated cluster: the search thread pool's queue is full, or a circuit breaker tripped. */
function rejected(
  type: 'es_rejected_execution_exception' | 'circuit_breaking_exception',
): ElasticsearchFailure {
  const reason =
    type === 'circuit_breaking_exception'
      ? '[parent] Data too large, data for [<http_request>] would be [1030000000/982.2mb], which is larger than the limit of [1020054732/972.7mb]'
      : 'rejected execution of TimedRunnable on EsThreadPoolExecutor[name = node-1/search, queue capacity = 1000]';
  return {
    status: 429,
    type,
    reason,
    extra: type === 'circuit_breaking_exception' ? { durability: 'TRANSIENT' } : {},
  };
}
