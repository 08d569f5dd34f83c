import { err, ok, type Result } from '../../../shared/result.ts';
import {
  asRecord,
  compileQuery,
  parseDateMath,
  type DslContext,
  type StoredDocument,
} from './elasticsearch-dsl.ts';
import { badRequest, type ElasticsearchFailure } from './elasticsearch-failures.ts';

/** `_search` and `_count` over documents already narrowed to the resolved indices. */

export interface Shards {
  readonly total: number;
  readonly successful: number;
  readonly skipped: number;
  readonly failed: number;
  readonly failures?: readonly unknown[];
}

type Outcome = Result<Record<string, unknown>, ElasticsearchFailure>;

/** By default hits.total stops counting here (api-contracts.md §3.3, "track_total_hits"). */
const DEFAULT_TRACK_LIMIT = 10_000;
/** search.max_buckets: more buckets than this is a 400 on the real server. */
const MAX_BUCKETS = 65_536;

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

function dateHistogram(
  spec: unknown,
  documents: readonly StoredDocument[],
  context: DslContext,
): Result<unknown[], ElasticsearchFailure> {
  const options = asRecord(spec);
  if (options.field !== context.timeField) {
    return err(
      badRequest(
        'illegal_argument_exception',
        `the simulator only histograms its time field [${context.timeField}]`,
      ),
    );
  }
  const interval = intervalMs(options);
  if (!interval.ok) return interval;
  const step = interval.value;
  const counts = new Map<number, number>();
  for (const document of documents) {
    const key = Math.floor(document.time / step) * step;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const minDocCount = typeof options.min_doc_count === 'number' ? options.min_doc_count : 1;
  const keys =
    minDocCount > 0
      ? [...counts.keys()].sort((a, b) => a - b)
      : filledKeys(counts, options.extended_bounds, step, context);
  if (keys === null || keys.length > MAX_BUCKETS) {
    return err(
      badRequest(
        'too_many_buckets_exception',
        `Trying to create too many buckets. Must be less than or equal to: [${MAX_BUCKETS}].`,
      ),
    );
  }
  return ok(
    keys
      .filter((key) => (counts.get(key) ?? 0) >= minDocCount)
      .map((key) => ({
        key_as_string: new Date(key).toISOString(),
        key,
        doc_count: counts.get(key) ?? 0,
      })),
  );
}

/** Every bucket from the first to the last, stretched to extended_bounds; null when too many. */
function filledKeys(
  counts: ReadonlyMap<number, number>,
  bounds: unknown,
  step: number,
  context: DslContext,
): number[] | null {
  const { min, max } = asRecord(bounds);
  const edges = [...counts.keys()];
  for (const bound of [min, max]) {
    const ms = bound === undefined ? null : parseDateMath(bound, context.now);
    if (ms !== null) edges.push(Math.floor(ms / step) * step);
  }
  if (edges.length === 0) return [];
  const first = edges.reduce((a, b) => Math.min(a, b));
  const last = edges.reduce((a, b) => Math.max(a, b));
  if ((last - first) / step >= MAX_BUCKETS) return null;
  const keys: number[] = [];
  for (let key = first; key <= last; key += step) keys.push(key);
  return keys;
}

const FIXED = /^(\d+)(ms|s|m|h|d)$/;
const CALENDAR: Readonly<Record<string, number>> = {
  '1m': 6e4,
  minute: 6e4,
  '1h': 3.6e6,
  hour: 3.6e6,
  '1d': 8.64e7,
  day: 8.64e7,
};
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 };

function intervalMs(options: Record<string, unknown>): Result<number, ElasticsearchFailure> {
  const { fixed_interval: fixed, calendar_interval: calendar } = options;
  if (typeof options.field !== 'string')
    return err(badRequest('illegal_argument_exception', 'date_histogram requires a [field]'));
  if (typeof fixed === 'string') {
    const match = FIXED.exec(fixed);
    const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? 'ms'] ?? 1) : 0;
    if (ms > 0) return ok(ms);
    return err(
      badRequest(
        'illegal_argument_exception',
        `failed to parse setting [date_histogram.fixedInterval] with value [${fixed}] as a time value`,
      ),
    );
  }
  if (typeof calendar === 'string') {
    const ms = CALENDAR[calendar];
    if (ms) return ok(ms);
    return err(
      badRequest(
        'illegal_argument_exception',
        `The supplied interval [${calendar}] could not be parsed as a calendar interval.`,
      ),
    );
  }
  return err(
    badRequest(
      'illegal_argument_exception',
      'Invalid interval specified, must be non-null and non-empty',
    ),
  );
}
