import { domainSettings } from '../config/domain-settings.ts';
import type { Config } from '../config/parse-config.ts';
import type { Mark } from '../marks/mark.ts';
import type { DomainId } from '../playbook/domains.ts';
import { inDomain } from '../rules/selectors.ts';
import { expectedCounts } from '../rules/spike-baseline.ts';
import type { SourceSignals, Ticket } from '../signals/signals.ts';
import {
  MAX_CHART_POINTS,
  type ChartPoint,
  type HelpdeskChart,
  type HelpdeskSeries,
} from './chart-schema.ts';
import { MINUTE_MS, isoAt, minutesOf, type ChartSpan } from './chart-span.ts';
import { lttb } from './lttb.ts';
import { gatherKinds, type KindCalls, type TicketSpikeRule } from './spike-kinds.ts';
import { trailingCounts } from './trailing-counts.ts';

/** The busiest kinds drawn whatever else happens, and the most the contract allows. */
const BUSIEST = 5;
const MAX_SERIES = 8;

export interface HelpdeskInputs {
  readonly config: Pick<Config, 'domains'>;
  readonly signals: ReadonlyMap<string, SourceSignals>;
  readonly marks: ReadonlyMap<DomainId, readonly Mark[]>;
  readonly span: ChartSpan;
}

/**
 * The helpdesk's `ticket-spike` rule as a chart: for its busiest kinds now and every kind it
 * marks, the reports called in during the window before each minute, beside the normal count
 * and the threshold the rule compares now. Null when the helpdesk has no such rule.
 */
export function buildHelpdeskChart(inputs: HelpdeskInputs): HelpdeskChart | null {
  const settings = domainSettings(inputs.config, 'helpdesk');
  const rule = settings.rules?.find(
    (candidate): candidate is TicketSpikeRule => candidate.kind === 'ticket-spike',
  );
  if (!rule) return null;
  const { span } = inputs;
  const kinds = gatherKinds(
    rule,
    inDomain(settings.tickets),
    ticketLists(inputs.signals),
    span.to,
    span.from - rule.window,
  );
  // Only the kinds the rule counts, as it counts them: the band is then the rule's own.
  const expected = expectedCounts(rule, new Map([...kinds].filter(([, kind]) => kind.counted)));
  const spiking = spikingKeys(rule, inputs.marks.get('helpdesk') ?? []);
  const times = minutesOf(span);
  return {
    windowMinutes: Math.max(1, Math.round(rule.window / MINUTE_MS)),
    by: rule.by,
    from: isoAt(span.from),
    to: isoAt(span.to),
    series: shownKeys(kinds, spiking).map((key) => ({
      key,
      points: points(kinds.get(key)!, times, rule.window),
      ...band(rule, expected.get(key) ?? 0),
      spiking: spiking.has(key),
    })),
  };
}

/** What the rule compares a kind's count with now: its normal count, and the threshold. */
function band(
  rule: TicketSpikeRule,
  expected: number,
): Pick<HelpdeskSeries, 'expected' | 'threshold'> {
  return { expected, threshold: Math.max(rule.minCount, rule.factor * expected) };
}

/** Every TOPdesk source's tickets, each list as it is (a queue may hold 250,000). */
function ticketLists(signals: ReadonlyMap<string, SourceSignals>): (readonly Ticket[])[] {
  return [...signals.values()].flatMap((value) =>
    value.kind === 'topdesk' ? [value.tickets] : [],
  );
}

/** The kinds a `ticket-spike` mark of this rule's grouping stands for (its evidence's value). */
function spikingKeys(rule: TicketSpikeRule, marks: readonly Mark[]): Set<string> {
  return new Set(
    marks.flatMap(({ evidence }) =>
      evidence.kind === 'ticket-spike' && evidence.by === rule.by ? [evidence.value] : [],
    ),
  );
}

/** The BUSIEST busiest now and every spiking one, at most MAX_SERIES, busiest first. */
function shownKeys(kinds: ReadonlyMap<string, KindCalls>, spiking: ReadonlySet<string>): string[] {
  const busiest = [...kinds]
    .sort(([a, kindA], [b, kindB]) => kindB.recent - kindA.recent || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key]) => key);
  const shown = new Set(busiest.filter((key) => spiking.has(key)).slice(0, MAX_SERIES));
  for (const key of busiest.slice(0, BUSIEST)) if (shown.size < MAX_SERIES) shown.add(key);
  return busiest.filter((key) => shown.has(key));
}

/** The kind's count in the window before each minute, downsampled. */
function points(kind: KindCalls, times: readonly number[], window: number): ChartPoint[] {
  const counts = trailingCounts(Float64Array.from(kind.calls).sort(), times, window);
  const series = times.map((time, index) => ({ time, count: counts[index]! }));
  return lttb(series, MAX_CHART_POINTS, { x: (p) => p.time, y: (p) => p.count }).map((p) => ({
    at: isoAt(p.time),
    count: p.count,
  }));
}
