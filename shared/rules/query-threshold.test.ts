import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryResult } from '../signals/signals.ts';
import type { Finding } from './evidence.ts';
import { evaluateQueryThreshold } from './query-threshold.ts';
import {
  MINUTE,
  config,
  evaluate,
  marksOf,
  queryResult,
  ruleContext,
  ruleOf,
} from './test-fixtures.ts';

const ABOVE_100 = ruleOf('query-threshold', '{ query: backend-5xx, threshold: 100 }');

const run = (overrides: Partial<QueryResult>): Finding[] | null =>
  evaluateQueryThreshold(
    ABOVE_100,
    ruleContext({
      domainId: 'alerting',
      queries: new Map([['backend-5xx', queryResult(overrides)]]),
    }),
  );

describe('query-threshold', () => {
  const cases: [string, Partial<QueryResult>, 'found' | 'none' | 'not evaluable'][] = [
    ['equal to the threshold is not above it', { count: 100 }, 'none'],
    ['one above', { count: 101 }, 'found'],
    ['zero', { count: 0 }, 'none'],
    [
      'degraded and above: a lower bound that is already too high',
      { count: 101, degraded: true, degradedReason: 'timed out' },
      'found',
    ],
    [
      'degraded at the threshold proves nothing',
      { count: 100, degraded: true, degradedReason: 'shards failed' },
      'not evaluable',
    ],
    [
      'degraded below proves nothing',
      { count: 3, degraded: true, degradedReason: 'timed out' },
      'not evaluable',
    ],
  ];
  for (const [name, overrides, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      const findings = run(overrides);
      const outcome = findings === null ? 'not evaluable' : findings.length > 0 ? 'found' : 'none';
      assert.equal(outcome, expected);
    });
  }

  it('a query no fresh source delivered is not evaluable', () => {
    assert.equal(evaluateQueryThreshold(ABOVE_100, ruleContext({ queries: new Map() })), null);
  });

  it('evidence: count, threshold, window from the result, degraded flag; no source time', () => {
    assert.deepEqual(run({ count: 250, degraded: true, degradedReason: 'timed out' }), [
      {
        key: 'backend-5xx',
        since: null,
        evidence: {
          kind: 'query-threshold',
          query: 'backend-5xx',
          count: 250,
          threshold: 100,
          windowMs: 15 * MINUTE,
          degraded: true,
        },
      },
    ]);
  });

  it('a degraded count below keeps an existing mark (neither rises nor clears)', () => {
    const cfg = config(
      'domains:\n  alerting:\n    rules: [{ kind: query-threshold, query: backend-5xx, threshold: 100, clearAfter: 0s }]\n',
    );
    const high = evaluate({ config: cfg, queries: [queryResult({ count: 150 })] });
    assert.equal(marksOf(high, 'alerting').length, 1);
    const later = new Date(Date.parse(queryResult().to) + 10 * MINUTE);
    const partial = evaluate({
      config: cfg,
      now: later,
      state: high.state,
      queries: [queryResult({ count: 2, degraded: true, degradedReason: 'timed out' })],
    });
    assert.equal(marksOf(partial, 'alerting').length, 1);
    const complete = evaluate({
      config: cfg,
      now: later,
      state: partial.state,
      queries: [queryResult({ count: 2 })],
    });
    assert.equal(marksOf(complete, 'alerting').length, 0);
  });
});
