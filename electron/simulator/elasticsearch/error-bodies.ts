/**
 * Elasticsearch's error body: `{error:{root_cause:[{type,reason}],type,reason,…},status}`
 * (docs/sources.md, "Elasticsearch"), built the way the real server nests them.
 */
export interface ElasticsearchFailure {
  readonly status: number;
  readonly type: string;
  readonly reason: string;
  /** The shard-level cause, when the top level is a wrapper such as search_phase_execution_exception. */
  readonly rootCause?: { readonly type: string; readonly reason: string };
  readonly extra?: Readonly<Record<string, unknown>>;
}

export function failureBody(failure: ElasticsearchFailure): unknown {
  const top = { type: failure.type, reason: failure.reason, ...failure.extra };
  return { error: { root_cause: [failure.rootCause ?? top], ...top }, status: failure.status };
}

export function badRequest(type: string, reason: string): ElasticsearchFailure {
  return { status: 400, type, reason };
}

/** How a query that fails on every shard comes back: a 400 wrapping the shard's reason. */
export function allShardsFailed(type: string, reason: string): ElasticsearchFailure {
  return {
    status: 400,
    type: 'search_phase_execution_exception',
    reason: 'all shards failed',
    rootCause: { type, reason },
    extra: { phase: 'query', grouped: true },
  };
}

export function indexNotFound(index: string): ElasticsearchFailure {
  return {
    status: 404,
    type: 'index_not_found_exception',
    reason: `no such index [${index}]`,
    extra: { 'resource.type': 'index_or_alias', 'resource.id': index, index },
  };
}

export function securityFailure(status: 401 | 403, path: string): ElasticsearchFailure {
  const reason =
    status === 401
      ? `unable to authenticate user for REST request [${path}]`
      : `action [indices:data/read/search] is unauthorized for user [dijkwacht]`;
  return { status, type: 'security_exception', reason };
}
