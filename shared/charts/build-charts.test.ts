import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mark } from '../marks/mark.ts';
import { sampleMarks } from '../marks/testing/sample-marks.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { SourceSignals } from '../signals/signals.ts';
import {
  HOUR,
  MINUTE,
  NOW,
  ago,
  check,
  config,
  evaluate,
  queryResult,
  signalsOf,
  ticket,
  ticketsBetween,
} from '../rules/testing/rule-fixtures.ts';
import { DEFAULT_CHART_SPAN_MS, buildWallCharts, type ChartInputs } from './build-charts.ts';
import { wallChartsSchema } from './chart-schema.ts';
import { CheckHistory } from './check-history.ts';

const WITH_QUERY_RULE = config(`domains:
  alerting:
    alerts: { labels: {} }
    rules: [{ kind: query-threshold, query: backend-5xx, threshold: 10 }]
`);

function inputs(overrides: Partial<ChartInputs> = {}): ChartInputs {
  return {
    now: NOW,
    config: config(),
    signals: new Map(),
    marks: new Map(),
    checkHistory: new CheckHistory(),
    ...overrides,
  };
}

describe('buildWallCharts', () => {
  const tickets = [
    ...ticketsBetween(30, ago(40 * MINUTE), ago(0), { subcategory: 'Bluetooth' }),
    ...ticketsBetween(200, ago(7 * HOUR), ago(0), { subcategory: 'Installatie' }),
  ];
  const checks = [check({ tags: ['website'] }), check({ tags: ['ggd-portal'], status: 'down' })];
  const queries = [queryResult({ count: 12, histogram: [{ at: ago(MINUTE), count: 12 }] })];
  const signals = signalsOf({ tickets, checks, queries });
  const history = new CheckHistory();
  history.record(checks, new Date(NOW.getTime() - HOUR));
  const marks = evaluate({ tickets, checks, queries, config: WITH_QUERY_RULE }).marks;
  const charts = buildWallCharts(
    inputs({ config: WITH_QUERY_RULE, signals, marks, checkHistory: history }),
  );

  it('gives what the contract allows', () => {
    assert.deepEqual(wallChartsSchema.parse(charts), charts);
  });

  it('shows what the helpdesk’s spike rule looks at, its baseline and window, unless asked', () => {
    // The default playbook's rule: a 60-minute window against a 6-hour baseline.
    assert.deepEqual([charts.generatedAt, charts.from], [NOW.toISOString(), ago(7 * HOUR)]);
    assert.deepEqual(
      [charts.helpdesk?.from, charts.helpdesk?.to],
      [ago(7 * HOUR), NOW.toISOString()],
    );
  });

  it('shows the last six hours without a spike rule', () => {
    const withoutSpike = buildWallCharts({
      ...inputs(),
      config: { ...inputs().config, domains: { helpdesk: { rules: [] } } },
    });
    assert.equal(DEFAULT_CHART_SPAN_MS, 6 * HOUR);
    assert.deepEqual(withoutSpike.from, ago(6 * HOUR));
  });

  it('fills every chart from its sources', () => {
    assert.deepEqual(
      {
        helpdesk: charts.helpdesk?.series.map((s) => [s.key, s.spiking]),
        queries: charts.queries.map((q) => [q.id, q.domain, q.count]),
        checks: charts.checks.map((c) => c.domains),
      },
      {
        helpdesk: [
          ['Bluetooth', true],
          ['Installatie', false],
        ],
        queries: [['backend-5xx', 'alerting', 12]],
        // GGD-portaal's strips come first.
        checks: [['ggd-portal'], ['website']],
      },
    );
  });

  it('goes back as far as asked, up to a day', () => {
    const day = buildWallCharts(inputs({ spanMs: 24 * HOUR }));
    const week = buildWallCharts(inputs({ spanMs: 7 * 24 * HOUR }));
    const nonsense = buildWallCharts(inputs({ spanMs: -1 }));
    assert.deepEqual(
      [day.from, week.from, nonsense.from],
      [ago(24 * HOUR), ago(24 * HOUR), ago(6 * HOUR)],
    );
  });
});

describe('buildWallCharts on odd data', () => {
  const odd: [string, Partial<ChartInputs>][] = [
    ['no sources delivered', {}],
    ['a config without sources', { config: config('sources: []\n') }],
    [
      'signals under ids the config does not know, of the wrong kind',
      {
        signals: new Map<string, SourceSignals>([
          ['elk', { kind: 'topdesk', tickets: [ticket()] }],
          ['nope', { kind: 'elasticsearch', queries: [queryResult({ id: 'x' })] }],
        ]),
      },
    ],
    [
      'tickets with call dates that are no dates, in the future, or long ago',
      {
        signals: signalsOf({
          tickets: [
            ticket({ callDate: 'yesterday' }),
            ticket({ callDate: '2999-01-01T00:00:00.000Z' }),
            ticket({ callDate: '1970-01-01T00:00:00.000Z' }),
          ],
        }),
      },
    ],
    [
      'marks of every kind, in every domain, for keys no ticket has',
      {
        marks: new Map<DomainId, readonly Mark[]>([
          ['helpdesk', sampleMarks],
          ['website', sampleMarks],
        ]),
      },
    ],
    ['a span of zero length', { spanMs: 0 }],
  ];
  for (const [name, overrides] of odd) {
    it(`gives valid charts for ${name}`, () => {
      assert.doesNotThrow(() => wallChartsSchema.parse(buildWallCharts(inputs(overrides))));
    });
  }
});
