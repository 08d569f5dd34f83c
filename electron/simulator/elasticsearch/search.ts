import { err, ok, type Result } from '../../../shared/result.ts';
import { asRecord, compileQuery, type DslContext, type StoredDocument } from './dsl.ts';
import { badRequest, type ElasticsearchFailure } from './error-bodies.ts';
import { dateHistogram } from './histogram.ts';

/** `_search` and `_count` over documents already narrowed to the resolved indices. */

export interface Shards {
  readonly total: number;
  readonly successful: number;
  readonly skipped: number;
  readonly failed: number;
  readonly failures?: readonly unknown[];
}

type Outcome = Result<Record<string, unknown>, ElasticsearchFailure>;

/** By default hits.total stops counting here (docs/sources.md, "Counting"). */
const DEFAULT_TRACK_LIMIT = 10_000;

export function runCount(
  body: unknown,
  documents: readonly StoredDocument[],
  context: DslContext,
  shards: Shards,
): Outcome {
  const predicate = compileQuery(asRecord(body).query, context);
  if (!predicate.ok) return predicate;
  return ok({ count: documents.filter(predicate.value).length, _shards: shards });
}

export function runSearch(
  body: unknown,
  documents: readonly StoredDocument[],
  context: DslContext,
  shards: Shards,
): Outcome {
  const request = asRecord(body);
  const predicate = compileQuery(request.query, context);
  if (!predicate.ok) return predicate;
  const matched = documents.filter(predicate.value);
  const aggregations = runAggregations(request.aggs ?? request.aggregations, matched, context);
  if (!aggregations.ok) return aggregations;
  const size = typeof request.size === 'number' ? request.size : 10;
  return ok({
    took: 1,
    timed_out: false,
    _shards: shards,
    hits: {
      ...totalHits(matched.length, request.track_total_hits),
      max_score: null,
      hits: matched
        .slice(0, Math.max(0, Math.min(size, 100)))
        .map((document) => toHit(document, context)),
    },
    ...(aggregations.value ? { aggregations: aggregations.value } : {}),
  });
}

function totalHits(count: number, track: unknown): Record<string, unknown> {
  if (track === false) return {};
  const limit =
    track === true
      ? Number.POSITIVE_INFINITY
      : typeof track === 'number'
        ? track
        : DEFAULT_TRACK_LIMIT;
  return count > limit
    ? { total: { value: limit, relation: 'gte' } }
    : { total: { value: count, relation: 'eq' } };
}

function toHit(document: StoredDocument, context: DslContext): unknown {
  const source = { ...document.fields, [context.timeField]: new Date(document.time).toISOString() };
  return { _index: document.index, _id: document.id, _score: null, _source: source };
}

function runAggregations(
  spec: unknown,
  documents: readonly StoredDocument[],
  context: DslContext,
): Result<Record<string, unknown> | null, ElasticsearchFailure> {
  if (spec === undefined) return ok(null);
  const result: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(asRecord(spec))) {
    const histogram = asRecord(definition).date_histogram;
    if (histogram === undefined) {
      return err(
        badRequest(
          'parsing_exception',
          `the simulator only knows date_histogram aggregations (in [${name}])`,
        ),
      );
    }
    const buckets = dateHistogram(histogram, documents, context);
    if (!buckets.ok) return buckets;
    result[name] = { buckets: buckets.value };
  }
  return ok(result);
}
