import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryResult } from '../signals/signals.ts';
import type { Finding } from './finding.ts';
import { evaluateQueryThreshold } from './query-threshold.ts';
import {
  MINUTE,
  ago,
  at,
  config,
  evaluate,
  marksOf,
  queryResult,
  ruleContext,
  ruleOf,
} from './testing/rule-fixtures.ts';

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
      const active = findings?.filter((finding) => finding.active) ?? null;
      const outcome = active === null ? 'not evaluable' : active.length > 0 ? 'found' : 'none';
      assert.equal(outcome, expected);
    });
  }

  it('a query no fresh source delivered is not evaluable', () => {
    assert.equal(evaluateQueryThreshold(ABOVE_100, ruleContext({ queries: new Map() })), null);
  });

  it('evidence: count, threshold, window from the result, degraded flag; no histogram, no since', () => {
    assert.deepEqual(run({ count: 250, degraded: true, degradedReason: 'timed out' }), [
      {
        key: 'backend-5xx',
        active: true,
        since: null,
        evidence: {
          kind: 'query-threshold',
          query: 'backend-5xx',
          label: null,
          count: 250,
          threshold: 100,
          windowMs: 15 * MINUTE,
          degraded: true,
          peak: { count: 250, at: at(0), spanMs: null },
        },
      },
    ]);
  });

  it('since: the end of the first histogram minute by which the window was over the threshold', () => {
    const histogram = Array.from({ length: 15 }, (_, minute) => ({
      at: ago((15 - minute) * MINUTE),
      count: minute < 5 ? 0 : 30,
    }));
    // Minutes 5–8 bring 4 × 30 = 120 > 100: over by the end of minute 8 (7 min before now).
    const [finding] = run({ count: 300, histogram }) ?? [];
    assert.equal(finding?.since, ago(6 * MINUTE));
  });

  it('below the threshold, still says the count now (inactive), for a held mark', () => {
    const [finding] = run({ count: 40 }) ?? [];
    assert.equal(finding?.active, false);
    assert.equal(finding?.evidence.kind === 'query-threshold' && finding.evidence.count, 40);
  });

  it("names the query's purpose from the config's label", () => {
    const findings = evaluateQueryThreshold(
      ABOVE_100,
      ruleContext({
        domainId: 'alerting',
        queries: new Map([['backend-5xx', queryResult({ count: 410 })]]),
        queryLabels: new Map([['backend-5xx', { nl: 'serverfouten', en: 'server errors' }]]),
      }),
    );
    const evidence = findings?.[0]?.evidence;
    assert.deepEqual(evidence?.kind === 'query-threshold' && evidence.label, {
      nl: 'serverfouten',
      en: 'server errors',
    });
  });

  it('a held mark shows the count now and its peak apart, and since never moves', () => {
    const cfg = config(
      'domains:\n  alerting:\n    rules: [{ kind: query-threshold, query: backend-5xx, threshold: 100, clearAfter: 5m }]\n',
    );
    const high = evaluate({ config: cfg, queries: [queryResult({ count: 410 })] });
    const [raised] = marksOf(high, 'alerting');
    const later = new Date(Date.parse(queryResult().to) + 2 * MINUTE);
    const low = evaluate({
      config: cfg,
      now: later,
      state: high.state,
      queries: [queryResult({ count: 30, to: later.toISOString() })],
    });
    const [held] = marksOf(low, 'alerting');
    assert.ok(held?.evidence.kind === 'query-threshold' && raised);
    assert.equal(held.since, raised.since);
    assert.equal(held.evidence.count, 30);
    assert.deepEqual(held.evidence.peak, { count: 410, at: at(0), spanMs: null });
    assert.deepEqual(held.held, { since: at(0), clearsAt: at(5 * MINUTE) });
    assert.match(
      held.summary,
      /^Nu 30 treffers voor backend-5xx .*, piek 410 om .*wordt opgeheven om/,
    );
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
