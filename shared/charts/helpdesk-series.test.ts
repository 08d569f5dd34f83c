import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Config } from '../config/parse-config.ts';
import type { Mark } from '../marks/mark.ts';
import { sampleMark } from '../marks/testing/sample-marks.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { SourceSignals, Ticket } from '../signals/signals.ts';
import {
  HOUR,
  MINUTE,
  NOW,
  ago,
  config,
  evaluate,
  marksOf,
  ruleContext,
  ruleOf,
  signalsOf,
  ticket,
  ticketsBetween,
} from '../rules/testing/rule-fixtures.ts';
import { evaluateTicketSpike } from '../rules/ticket-spike.ts';
import type { HelpdeskChart, HelpdeskSeries } from './chart-schema.ts';
import { buildHelpdeskChart } from './helpdesk-series.ts';

const SIX_HOURS = { from: NOW.getTime() - 6 * HOUR, to: NOW.getTime() };

interface Options {
  readonly tickets?: readonly Ticket[];
  readonly marks?: readonly Mark[];
  readonly config?: Config;
  readonly signals?: ReadonlyMap<string, SourceSignals>;
  readonly span?: { readonly from: number; readonly to: number };
}

function chart(options: Options): HelpdeskChart | null {
  return buildHelpdeskChart({
    config: options.config ?? config(),
    signals: options.signals ?? signalsOf({ tickets: options.tickets ?? [] }),
    marks: new Map<DomainId, readonly Mark[]>([['helpdesk', options.marks ?? []]]),
    span: options.span ?? SIX_HOURS,
  });
}

function seriesOf(options: Options): HelpdeskSeries[] {
  const built = chart(options);
  assert.ok(built);
  return built.series;
}

/** `count` reports of a subcategory within the rule's window, as ticket-spike.test.ts has them. */
const inWindow = (count: number, subcategory: string) =>
  ticketsBetween(count, ago(59 * MINUTE), ago(0), { subcategory });
const inBaseline = (count: number, subcategory: string) =>
  ticketsBetween(count, ago(6 * HOUR + 59 * MINUTE), ago(61 * MINUTE), { subcategory });

/** A spike mark of the default rule (by subcategory) for `value`. */
function spikeMark(value: string): Mark {
  const mark = sampleMark('ticket-spike');
  if (mark.evidence.kind !== 'ticket-spike') throw new Error('a spike mark');
  return { ...mark, evidence: { ...mark.evidence, value } };
}

describe('helpdesk chart: the series', () => {
  // One Bluetooth report a minute, at 39.5 … 0.5 minutes ago; nothing before: expected 0,
  // so the threshold is minCount (20). At j minutes ago the window holds 40 - j of them.
  const spike = Array.from({ length: 40 }, (_, k) =>
    ticket({ subcategory: 'Bluetooth', callDate: ago((39.5 - k) * MINUTE) }),
  );
  const [bluetooth] = seriesOf({ tickets: spike });

  it('has a point a minute over the span, ending now', () => {
    assert.ok(bluetooth);
    assert.equal(bluetooth.points.length, 6 * 60 + 1);
    assert.equal(bluetooth.points[0]?.at, ago(6 * HOUR));
    assert.equal(bluetooth.points[bluetooth.points.length - 1]?.at, NOW.toISOString());
  });

  it('crosses its threshold at the minute the window first holds minCount reports', () => {
    assert.ok(bluetooth);
    assert.equal(bluetooth.threshold, 20);
    const crossing = bluetooth.points.find((point) => point.count >= bluetooth.threshold);
    assert.deepEqual(crossing, { at: ago(20 * MINUTE), count: 20 });
    const before = bluetooth.points.find((point) => point.at === ago(21 * MINUTE));
    assert.deepEqual(before, { at: ago(21 * MINUTE), count: 19 });
    assert.equal(bluetooth.points[bluetooth.points.length - 1]?.count, 40);
  });

  it('counts each window as the rule does: a report called at a minute counts from it', () => {
    const [series] = seriesOf({
      tickets: [ticket({ subcategory: 'Bluetooth', callDate: ago(90 * MINUTE) })],
    });
    const countAt = (minutesAgo: number) =>
      series?.points.find((point) => point.at === ago(minutesAgo * MINUTE))?.count;
    // In (t - 60 min, t]: from 90 minutes ago up to 31 minutes ago.
    assert.deepEqual([countAt(91), countAt(90), countAt(31), countAt(30)], [0, 1, 1, 0]);
  });

  it('downsamples a day to MAX_CHART_POINTS, keeping its first and last minute', () => {
    const [series] = seriesOf({
      tickets: spike,
      span: { from: NOW.getTime() - 24 * HOUR, to: NOW.getTime() },
    });
    assert.equal(series?.points.length, 400);
    assert.equal(series?.points[0]?.at, ago(24 * HOUR));
    assert.deepEqual(series?.points[399], { at: NOW.toISOString(), count: 40 });
  });
});

describe('helpdesk chart: the band is the rule’s', () => {
  // ticket-spike.test.ts: rest 120 in the baseline and 40 in the window; Bluetooth 60 in the
  // baseline → expected max(10, 60 × 40/120 = 20); factor 3 → 60, which 60 reports reach.
  const tickets = [
    ...['Installatie', 'Overig'].flatMap((sub) => [...inBaseline(60, sub), ...inWindow(20, sub)]),
    ...inBaseline(60, 'Bluetooth'),
    ...inWindow(60, 'Bluetooth'),
  ];
  const rule = ruleOf(
    'ticket-spike',
    '{ by: subcategory, window: 60m, baseline: 6h, factor: 3, minCount: 20 }',
  );
  const findings = evaluateTicketSpike(rule, ruleContext({ tickets })) ?? [];
  const marks = marksOf(evaluate({ tickets }), 'helpdesk');
  const series = seriesOf({ tickets, marks });

  it('expects what the rule expects, and draws its threshold', () => {
    const bluetooth = series.find((candidate) => candidate.key === 'Bluetooth');
    assert.ok(bluetooth);
    assert.ok(Math.abs(bluetooth.expected - 20) < 1e-9);
    assert.ok(Math.abs(bluetooth.threshold - 60) < 1e-9);
  });

  it('agrees with the rule on every kind: its count now, expected, and whether it spikes', () => {
    assert.equal(series.length, findings.length);
    for (const finding of findings) {
      const drawn = series.find((candidate) => candidate.key === finding.key);
      assert.ok(drawn && finding.evidence.kind === 'ticket-spike', finding.key);
      const now = drawn.points[drawn.points.length - 1]?.count ?? -1;
      assert.equal(now, finding.evidence.count);
      assert.equal(Math.round(drawn.expected * 10) / 10, finding.evidence.expectedCount);
      assert.equal(now >= drawn.threshold, finding.active, finding.key);
    }
  });

  it('marks as spiking the kind the helpdesk has a spike mark for', () => {
    assert.deepEqual(
      marks.map((mark) => mark.rule),
      ['ticket-spike'],
    );
    assert.deepEqual(
      series.map((s) => [s.key, s.spiking]),
      [
        ['Bluetooth', true],
        ['Installatie', false],
        ['Overig', false],
      ],
    );
  });
});

describe('helpdesk chart: which kinds', () => {
  /** Kind k has k + 1 reports in the window: none reaches minCount. */
  const quiet = Array.from({ length: 12 }, (_, k) => inWindow(k + 1, `kind-${k}`)).flat();
  const keys = (options: Options) => seriesOf(options).map((s) => s.key);

  it('shows the five busiest now, busiest first', () => {
    assert.deepEqual(keys({ tickets: quiet }), [
      'kind-11',
      'kind-10',
      'kind-9',
      'kind-8',
      'kind-7',
    ]);
  });

  it('adds every spiking kind, in its place by count', () => {
    assert.deepEqual(keys({ tickets: quiet, marks: [spikeMark('kind-0'), spikeMark('kind-3')] }), [
      'kind-11',
      'kind-10',
      'kind-9',
      'kind-8',
      'kind-7',
      'kind-3',
      'kind-0',
    ]);
  });

  it('shows at most eight, giving the busy ones’ places to spiking ones', () => {
    const spiking = [0, 1, 2, 3, 4, 5].map((k) => spikeMark(`kind-${k}`));
    assert.deepEqual(keys({ tickets: quiet, marks: spiking }), [
      'kind-11',
      'kind-10',
      'kind-5',
      'kind-4',
      'kind-3',
      'kind-2',
      'kind-1',
      'kind-0',
    ]);
  });

  it('ignores a spike mark of a kind it has no reports of, and one of another grouping', () => {
    const byCategory = spikeMark('kind-0');
    const other =
      byCategory.evidence.kind === 'ticket-spike'
        ? { ...byCategory, evidence: { ...byCategory.evidence, by: 'category' as const } }
        : byCategory;
    const series = seriesOf({ tickets: inWindow(3, 'kind-0'), marks: [spikeMark('nope'), other] });
    assert.deepEqual(
      series.map((s) => [s.key, s.spiking]),
      [['kind-0', false]],
    );
  });

  it('leaves out reports outside the domain, and without a subcategory (the rule skips them)', () => {
    const tickets = [
      ...inWindow(5, 'Bluetooth'),
      ...ticketsBetween(5, ago(30 * MINUTE), ago(0), { category: 'GGD-portaal' }),
      ...ticketsBetween(5, ago(30 * MINUTE), ago(0), { subcategory: null }),
    ];
    assert.deepEqual(keys({ tickets }), ['Bluetooth']);
  });

  it('reads the tickets of every TOPdesk source', () => {
    const signals = new Map<string, SourceSignals>([
      ['td', { kind: 'topdesk', tickets: inWindow(2, 'a') }],
      ['td2', { kind: 'topdesk', tickets: inWindow(3, 'b') }],
      ['sc', { kind: 'statuscake', checks: [] }],
    ]);
    assert.deepEqual(keys({ signals }), ['b', 'a']);
  });
});

describe('helpdesk chart: without data or rule', () => {
  it('is null when the helpdesk has no ticket-spike rule', () => {
    const withoutRule = config(`domains:
  helpdesk:
    tickets: { categories: [Helpdesk] }
    rules: [{ kind: ticket-open, categories: [Helpdesk] }]
`);
    assert.equal(chart({ config: withoutRule, tickets: inWindow(30, 'Bluetooth') }), null);
  });

  it('follows the configured rule: its grouping and window', () => {
    const byCategory = config(`domains:
  helpdesk:
    tickets: { categories: [Helpdesk] }
    rules: [{ kind: ticket-spike, by: category, window: 30m, baseline: 2h, factor: 2, minCount: 3 }]
`);
    const built = chart({ config: byCategory, tickets: inWindow(4, 'Bluetooth') });
    assert.deepEqual(
      { windowMinutes: built?.windowMinutes, by: built?.by, keys: built?.series.map((s) => s.key) },
      { windowMinutes: 30, by: 'category', keys: ['Helpdesk'] },
    );
  });

  it('has no series without tickets or without a TOPdesk source', () => {
    assert.deepEqual(chart({ tickets: [] })?.series, []);
    assert.deepEqual(chart({ signals: new Map() })?.series, []);
  });
});
