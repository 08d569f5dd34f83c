import { err, ok, type Result } from '../../../shared/result.ts';
import { asRecord, parseDateMath, type DslContext, type StoredDocument } from './dsl.ts';
import { badRequest, type ElasticsearchFailure } from './error-bodies.ts';

/**
 * date_histogram on the time field: `fixed_interval` (any multiple of a unit) or
 * `calendar_interval` (a single unit only, so `2d` is refused as on the real server);
 * empty buckets only with `min_doc_count: 0`, stretched to `extended_bounds`.
 */

/** search.max_buckets: more buckets than this is a 400 on the real server. */
const MAX_BUCKETS = 65_536;

export function dateHistogram(
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
