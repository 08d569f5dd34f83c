import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Span } from './check-timeline.ts';
import { fewerSpans } from './fewer-spans.ts';

const statuses = ['up', 'down', 'paused', 'unknown'] as const;

/** Contiguous spans with no two equal neighbours, as CheckHistory gives them. */
const strip = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 1_000 }), fc.integer({ min: 1, max: 3 })), {
    minLength: 1,
    maxLength: 300,
    size: 'medium',
  })
  .map((steps) => {
    let time = 0;
    let status = 0;
    return steps.map(([length, turn]): Span => {
      status = (status + turn) % statuses.length;
      const span = { status: statuses[status]!, from: time, to: time + length };
      time += length;
      return span;
    });
  });

describe('fewerSpans', () => {
  it('gives at most max spans that cover the same time, contiguous, no equal neighbours', () => {
    fc.assert(
      fc.property(strip, fc.integer({ min: 1, max: 60 }), (spans, max) => {
        const fewer = fewerSpans(spans, max);
        assert.ok(fewer.length <= max);
        assert.equal(fewer[0]?.from, spans[0]?.from);
        assert.equal(fewer[fewer.length - 1]?.to, spans[spans.length - 1]?.to);
        fewer.slice(1).forEach((span, index) => {
          assert.equal(span.from, fewer[index]!.to);
          assert.notEqual(span.status, fewer[index]!.status);
        });
      }),
    );
  });

  it('leaves a strip within the limit as it is', () => {
    fc.assert(
      fc.property(strip, (spans) => assert.deepEqual(fewerSpans(spans, spans.length), spans)),
    );
  });

  it('merges the shortest first, so the long periods keep their edges', () => {
    const spans: Span[] = [
      { status: 'up', from: 0, to: 100 },
      { status: 'down', from: 100, to: 101 },
      { status: 'up', from: 101, to: 200 },
      { status: 'unknown', from: 200, to: 230 },
      { status: 'down', from: 230, to: 300 },
    ];
    assert.deepEqual(fewerSpans(spans, 3), [
      { status: 'up', from: 0, to: 200 },
      { status: 'unknown', from: 200, to: 230 },
      { status: 'down', from: 230, to: 300 },
    ]);
    // The 30-minute gap goes to its shorter neighbour, not the 200 of up.
    assert.deepEqual(fewerSpans(spans, 2), [
      { status: 'up', from: 0, to: 200 },
      { status: 'down', from: 200, to: 300 },
    ]);
  });
});
