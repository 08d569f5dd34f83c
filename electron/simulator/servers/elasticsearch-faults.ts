import { failure, indexOf, type Answer } from './elasticsearch-answers.ts';
import { indexNotFound, rejected, securityFailure } from './elasticsearch-failures.ts';
import type { Shards } from './elasticsearch-search.ts';
import type { IncomingCall, TransportFault } from './loopback-server-kit.ts';

/**
 * The failures a real cluster shows (api-contracts.md §3.4): a search that hit its timeout
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
  | { readonly kind: 'index-not-found' };

export function isTransportFault(fault: ElasticsearchFault): fault is TransportFault {
  return ['html-500', 'truncated-json', 'hang', 'slow-drip'].includes(fault.kind);
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
    default:
      return normal;
  }
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
