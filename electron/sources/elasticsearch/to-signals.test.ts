import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { queryResultSchema } from '../../../shared/signals/signals.ts';
import { MINUTE, NOW } from './testing/fixtures.ts';
import { queryWindow } from './search-request.ts';
import { parseSearchResponse, type SearchExpectation } from './to-signals.ts';

const window = queryWindow(NOW, 3 * MINUTE); // 08:57:30 → 09:00:30: four minute buckets
const expected: SearchExpectation = { ...window, id: 'q', index: 'logs-*', histogram: true };
const minute = (text: string) => Date.parse(`2026-11-28T${text}:00.000Z`);

function answer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    took: 3,
    timed_out: false,
    _shards: { total: 2, successful: 2, skipped: 0, failed: 0 },
    hits: { total: { value: 7, relation: 'eq' }, max_score: null, hits: [] },
    aggregations: {
      per_minute: {
        buckets: [
          { key_as_string: '…', key: minute('08:57'), doc_count: 2 },
          { key_as_string: '…', key: minute('08:58'), doc_count: 0 },
          { key_as_string: '…', key: minute('09:00'), doc_count: 5 },
        ],
      },
    },
    ...overrides,
  };
}

describe('parseSearchResponse', () => {
  it('gives the exact count and one point per minute, missing minutes as zeros', () => {
    const result = parseSearchResponse(answer(), expected);
    assert.deepEqual(result, {
      ok: true,
      value: {
        id: 'q',
        count: 7,
        from: '2026-11-28T08:57:30.000Z',
        to: '2026-11-28T09:00:30.000Z',
        degraded: false,
        degradedReason: null,
        histogram: [
          { at: '2026-11-28T08:57:00.000Z', count: 2 },
          { at: '2026-11-28T08:58:00.000Z', count: 0 },
          { at: '2026-11-28T08:59:00.000Z', count: 0 },
          { at: '2026-11-28T09:00:00.000Z', count: 5 },
        ],
      },
    });
  });

  it('marks a timed-out search as degraded, not as the truth', () => {
    const result = parseSearchResponse(answer({ timed_out: true }), expected);
    assert.ok(result.ok);
    assert.equal(result.value.degraded, true);
    assert.match(result.value.degradedReason ?? '', /timed out.*lower bound/);
  });

  it('marks failed shards as degraded and says why they failed', () => {
    const shards = {
      total: 5,
      successful: 3,
      skipped: 0,
      failed: 2,
      failures: [{ shard: 0, reason: { type: 'node_not_connected_exception', reason: 'gone' } }],
    };
    const result = parseSearchResponse(answer({ _shards: shards }), expected);
    assert.ok(result.ok);
    assert.equal(
      result.value.degradedReason,
      '2 of 5 shards failed (node_not_connected_exception: gone), so the count is a lower bound',
    );
  });

  it('marks a capped total (relation gte) as a lower bound', () => {
    const hits = { total: { value: 10_000, relation: 'gte' } };
    const result = parseSearchResponse(answer({ hits }), expected);
    assert.ok(result.ok);
    assert.equal(result.value.count, 10_000);
    assert.match(result.value.degradedReason ?? '', /only up to 10000/);
  });

  it('does not pass off "no index matched" as zero errors', () => {
    const empty = answer({
      _shards: { total: 0, successful: 0, skipped: 0, failed: 0 },
      hits: { total: { value: 0, relation: 'eq' }, hits: [] },
      aggregations: undefined,
    });
    const result = parseSearchResponse(empty, expected);
    assert.ok(result.ok);
    assert.equal(result.value.degradedReason, 'no index matches "logs-*"');
    assert.deepEqual(
      result.value.histogram.map((point) => point.count),
      [0, 0, 0, 0],
    );
  });

  it('takes a bare-number total (Elasticsearch 6) as exact', () => {
    const result = parseSearchResponse(answer({ hits: { total: 7 } }), expected);
    assert.ok(result.ok);
    assert.equal(result.value.degraded, false);
  });

  it('refuses answers that lack what it needs, saying where', () => {
    const cases: [unknown, RegExp][] = [
      [answer({ hits: { total: { value: -1, relation: 'eq' } } }), /hits\.total/],
      [answer({ timed_out: 'no' }), /timed_out/],
      [answer({ aggregations: undefined }), /no "per_minute" histogram/],
      [{ error: { type: 'x' }, status: 500 }, /unexpected shape/],
      [[], /unexpected shape/],
    ];
    for (const [value, message] of cases) {
      const result = parseSearchResponse(value, expected);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    }
  });

  it('leaves the histogram empty when none was asked for', () => {
    const result = parseSearchResponse(answer({ aggregations: undefined }), {
      ...expected,
      histogram: false,
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value.histogram, []);
  });
});

/** Vendor-shaped answers with every field possibly replaced by arbitrary JSON. */
const mutated = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight: 6 }, { arbitrary: fc.jsonValue(), weight: 1 });
const plausibleAnswer = fc.record(
  {
    timed_out: mutated(fc.boolean()),
    _shards: mutated(
      fc.record({
        total: mutated(fc.nat(10)),
        failed: mutated(fc.nat(10)),
        failures: mutated(fc.array(fc.jsonValue(), { maxLength: 2 })),
      }),
    ),
    hits: mutated(
      fc.record({
        total: mutated(
          fc.record({ value: mutated(fc.nat()), relation: mutated(fc.constantFrom('eq', 'gte')) }),
        ),
      }),
    ),
    aggregations: mutated(
      fc.record({
        per_minute: fc.record({
          buckets: fc.array(
            fc.record({
              key: mutated(fc.integer({ min: window.fromMs - 2 * MINUTE, max: window.toMs })),
              doc_count: mutated(fc.nat()),
            }),
            { maxLength: 8 },
          ),
        }),
      }),
    ),
  },
  { requiredKeys: ['timed_out', '_shards', 'hits'] },
);

const mutatedNumber = (usual: number) =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 6 }, fc.double(), fc.integer());
const anyExpectation = fc.record({
  id: fc.oneof(fc.constant('q'), fc.string()),
  index: fc.string(),
  fromMs: mutatedNumber(window.fromMs),
  toMs: mutatedNumber(window.toMs),
  histogram: fc.boolean(),
});

describe('parseSearchResponse on arbitrary input', () => {
  const neverThrowsNorLies = (value: unknown, expectation: SearchExpectation) => {
    const result = parseSearchResponse(value, expectation);
    if (result.ok) assert.ok(queryResultSchema.safeParse(result.value).success);
    else assert.equal(typeof result.error, 'string');
  };

  it('never throws and never yields an invalid QueryResult for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => neverThrowsNorLies(value, expected)),
      { numRuns: 2000 },
    );
  });

  it('never throws and never yields an invalid QueryResult for near-miss answers', () => {
    let accepted = 0;
    fc.assert(
      fc.property(plausibleAnswer, anyExpectation, (value, expectation) => {
        neverThrowsNorLies(value, expectation);
        if (parseSearchResponse(value, expectation).ok) accepted += 1;
      }),
      { numRuns: 2000 },
    );
    assert.ok(accepted > 20, `only ${accepted} of 2000 near-miss answers were usable`);
  });

  it('always gives one point per minute of the window, oldest first', () => {
    fc.assert(
      fc.property(plausibleAnswer, (value) => {
        const result = parseSearchResponse(value, expected);
        if (!result.ok) return;
        const times = result.value.histogram.map((point) => Date.parse(point.at));
        assert.deepEqual(
          times,
          [0, 1, 2, 3].map((n) => minute('08:57') + n * MINUTE),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
