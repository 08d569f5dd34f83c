import type { RuleConfig } from '../config/rules-schema.ts';
import type { Ticket } from '../signals/signals.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';
import { inDomain } from './selectors.ts';
import { expectedCounts, periodIndex, periodsOf, type KindCounts } from './spike-baseline.ts';
import { ticketRef } from './ticket-refs.ts';

type TicketSpikeRule = Extract<RuleConfig, { kind: 'ticket-spike' }>;

const MAX_TICKETS_IN_EVIDENCE = 10;

/**
 * The criterion: for one value of `by`, the count called in during the last `window` is at
 * least `minCount` and at least `factor` × what is normal for it over the `baseline` before
 * the window, scaled to the window (spike-baseline.ts). What is normal is robust to spikes: an
 * earlier spike of the same kind, still in the baseline, must not hide the next one. It also
 * rises with the rest of the domain's reports: when the whole queue triples (a launch morning
 * after a quiet night) every kind triples with it, and that is not "a rise of one particular
 * report" (seed §1.4).
 */
export function evaluateTicketSpike(rule: TicketSpikeRule, context: RuleContext): Finding[] | null {
  if (context.tickets === null) return null;
  const kinds = countKinds(rule, context, context.tickets);
  const expected = expectedCounts(
    rule,
    new Map([...kinds].map(([value, kind]) => [value, countsOf(kind)])),
  );
  return [...kinds].map(([value, kind]) =>
    spikeFinding(rule, value, kind, expected.get(value) ?? 0, context),
  );
}

/** One kind's reports as they are counted: the window's in full, the baseline's per period. */
interface Kind {
  readonly called: Called[];
  readonly periods: number[];
}

/** Per value of `by`: its reports in the window, and its counts per period of the baseline. */
function countKinds(
  rule: TicketSpikeRule,
  context: RuleContext,
  tickets: readonly Ticket[],
): Map<string, Kind> {
  const now = context.now.getTime();
  const windowStart = now - rule.window;
  const baselineStart = windowStart - rule.baseline;
  const periods = periodsOf(rule.window, rule.baseline);
  const outside = textOutside(baselineStart, now);
  const selected = inDomain(context.settings.tickets);
  const kinds = new Map<string, Kind>();
  for (const ticket of tickets) {
    const value = ticket[rule.by];
    if (value === null || outside(ticket.callDate) || !selected(ticket)) continue;
    const called = Date.parse(ticket.callDate);
    if (called <= baselineStart || called > now) continue;
    let kind = kinds.get(value);
    if (kind === undefined) {
      kind = { called: [], periods: new Array<number>(periods.count).fill(0) };
      kinds.set(value, kind);
    }
    if (called > windowStart) {
      kind.called.push({ ticket, called });
    } else {
      kind.periods[periodIndex(periods, windowStart, called)]!++;
    }
  }
  return kinds;
}

function countsOf(kind: Kind): KindCounts {
  return { recent: kind.called.length, periods: kind.periods };
}

interface Called {
  readonly ticket: Ticket;
  readonly called: number;
}

/**
 * A cheap pre-filter for large queues: dates in toISOString() form (what the TOPdesk client
 * writes) order as text, so most old tickets are skipped without Date.parse. Any other form
 * is left to the exact test.
 */
function textOutside(from: number, to: number): (date: string) => boolean {
  const low = new Date(from).toISOString();
  const high = new Date(to).toISOString();
  if (low.length !== 24 || high.length !== 24) return () => false;
  return (date) => date.length === 24 && date.endsWith('Z') && (date <= low || date > high);
}

/**
 * Every kind is reported: a spiking one as an active finding, the others with their count now,
 * so a spike mark held by clearAfter shows today's figure beside its peak.
 */
function spikeFinding(
  rule: TicketSpikeRule,
  value: string,
  kind: Kind,
  expectedCount: number,
  context: RuleContext,
): Finding {
  const recent = kind.called;
  const active = recent.length >= rule.minCount && recent.length >= rule.factor * expectedCount;
  const byCallDate = [...recent].sort((a, b) => a.called - b.called);
  const newest = active ? byCallDate.slice(-MAX_TICKETS_IN_EVIDENCE) : [];
  const first = byCallDate[0]?.called;
  const last = byCallDate[byCallDate.length - 1]?.called;
  return {
    key: value,
    active,
    // The spike began when the window first held minCount of these reports: the minCount-th
    // oldest (the hysteresis keeps the earliest it was told, so it never moves later).
    since: active ? (byCallDate[rule.minCount - 1]?.ticket.callDate ?? null) : null,
    evidence: {
      kind: 'ticket-spike',
      by: rule.by,
      value,
      windowMs: rule.window,
      baselineMs: rule.baseline,
      count: recent.length,
      expectedCount: Math.round(expectedCount * 10) / 10,
      peak: {
        count: recent.length,
        at: context.now.toISOString(),
        spanMs: first === undefined || last === undefined ? null : last - first,
      },
      tickets: newest.map((entry) => ticketRef(entry.ticket, context)),
    },
  };
}
