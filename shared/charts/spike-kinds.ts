import type { RuleConfig } from '../config/rules-schema.ts';
import type { Ticket } from '../signals/signals.ts';
import { periodIndex, periodsOf, type KindCounts } from '../rules/spike-baseline.ts';
import { instantOf, textOutside } from './call-time.ts';

export type TicketSpikeRule = Extract<RuleConfig, { kind: 'ticket-spike' }>;

/** One value of the rule's `by`: its call times for the chart, its counts as the rule has them. */
export interface KindCalls extends KindCounts {
  /** Call times (ms) in (earliest, now], unsorted. */
  readonly calls: number[];
  recent: number;
  readonly periods: number[];
  /** Called in during the rule's window or baseline: a kind the rule itself counts. */
  counted: boolean;
}

/**
 * One pass over every ticket list: per value of `by`, the domain's reports called in during
 * (earliest, now] — for the chart — and, as ticket-spike.ts counts them, those in the window
 * and per period of the baseline before it, so the chart's band is the rule's own.
 */
export function gatherKinds(
  rule: TicketSpikeRule,
  selected: (ticket: Ticket) => boolean,
  ticketLists: readonly (readonly Ticket[])[],
  now: number,
  earliest: number,
): Map<string, KindCalls> {
  const windowStart = now - rule.window;
  const baselineStart = windowStart - rule.baseline;
  const periods = periodsOf(rule.window, rule.baseline);
  const from = Math.min(earliest, baselineStart);
  const outside = textOutside(from, now);
  const kinds = new Map<string, KindCalls>();
  for (const tickets of ticketLists) {
    for (const ticket of tickets) {
      const value = ticket[rule.by];
      if (value === null || outside(ticket.callDate) || !selected(ticket)) continue;
      const called = instantOf(ticket.callDate);
      if (!(called > from && called <= now)) continue;
      const kind = kindOf(kinds, value, periods.count);
      if (called > earliest) kind.calls.push(called);
      if (called <= baselineStart) continue;
      kind.counted = true;
      if (called > windowStart) kind.recent++;
      else kind.periods[periodIndex(periods, windowStart, called)]!++;
    }
  }
  return kinds;
}

function kindOf(kinds: Map<string, KindCalls>, value: string, periodCount: number): KindCalls {
  let kind = kinds.get(value);
  if (kind === undefined) {
    kind = {
      calls: [],
      recent: 0,
      periods: new Array<number>(periodCount).fill(0),
      counted: false,
    };
    kinds.set(value, kind);
  }
  return kind;
}
