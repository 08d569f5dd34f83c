import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceSignals } from '../signals/signals.ts';
import {
  HOUR,
  MINUTE,
  NOW,
  ago,
  config,
  queryResult,
  signalsOf,
} from '../rules/testing/rule-fixtures.ts';
import { buildQueryCharts } from './query-series.ts';

const SIX_HOURS = { from: NOW.getTime() - 6 * HOUR, to: NOW.getTime() };

/** One bucket a minute over the last `minutes`, each counting `count(i)`, oldest first. */
function histogram(minutes: number, count: (index: number) => number) {
  return Array.from({ length: minutes }, (_, index) => ({
    at: ago((minutes - index) * MINUTE),
    count: count(index),
  }));
}

const WITH_RULE = config(`domains:
  alerting:
    alerts: { labels: {} }
    rules: [{ kind: query-threshold, query: backend-5xx, threshold: 100 }]
`);

describe('query charts', () => {
  it('draws a query with the threshold and domain of the rule that reads it', () => {
    const result = queryResult({ count: 120, histogram: histogram(15, () => 8) });
    const [chart] = buildQueryCharts(WITH_RULE, signalsOf({ queries: [result] }), SIX_HOURS);
    assert.deepEqual(chart, {
      id: 'backend-5xx',
      domain: 'alerting',
      windowMinutes: 15,
      threshold: 100,
      count: 120,
      degraded: false,
      points: result.histogram,
    });
  });

  it('has no threshold or domain when no rule reads the query, and says it is degraded', () => {
    const result = queryResult({ count: 3, degraded: true, degradedReason: 'timed out' });
    const [chart] = buildQueryCharts(config(), signalsOf({ queries: [result] }), SIX_HOURS);
    assert.deepEqual(
      { domain: chart?.domain, threshold: chart?.threshold, degraded: chart?.degraded },
      { domain: null, threshold: null, degraded: true },
    );
  });

  it('leaves out a query that has not delivered yet', () => {
    assert.deepEqual(buildQueryCharts(WITH_RULE, signalsOf({}), SIX_HOURS), []);
    assert.deepEqual(buildQueryCharts(WITH_RULE, new Map(), SIX_HOURS), []);
    const other = new Map<string, SourceSignals>([
      ['elk', { kind: 'elasticsearch', queries: [queryResult({ id: 'not-configured' })] }],
    ]);
    assert.deepEqual(buildQueryCharts(WITH_RULE, other, SIX_HOURS), []);
  });

  it('keeps the span’s minutes only, downsampled to MAX_CHART_POINTS', () => {
    const result = queryResult({ histogram: histogram(24 * 60, (index) => index % 7) });
    const [chart] = buildQueryCharts(WITH_RULE, signalsOf({ queries: [result] }), SIX_HOURS);
    assert.equal(chart?.points.length, 6 * 60);
    const [day] = buildQueryCharts(WITH_RULE, signalsOf({ queries: [result] }), {
      from: NOW.getTime() - 24 * HOUR,
      to: NOW.getTime(),
    });
    assert.equal(day?.points.length, 400);
    assert.deepEqual(day?.points[0], result.histogram[0]);
    assert.deepEqual(day?.points[399], result.histogram[24 * 60 - 1]);
  });
});
