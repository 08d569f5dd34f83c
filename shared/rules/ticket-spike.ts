import type { RuleConfig } from '../config/rules-schema.ts';
import type { Ticket } from '../signals/signals.ts';
import type { Finding } from './evidence.ts';
import type { RuleContext } from './rule-context.ts';
import { inDomain } from './selectors.ts';
import { resolverGroupNames } from './ticket-refs.ts';

type TicketSpikeRule = Extract<RuleConfig, { kind: 'ticket-spike' }>;

const MAX_TICKETS_IN_EVIDENCE = 10;
/** How far a quieter rest of the queue may lower what is normal for a kind (scripts/bench). */
const DECLINE_FLOOR = 0.8;

/**
 * design.md: for one value of `by`, the count called in during the last `window` is at
 * least `minCount` and at least `factor` × the rate over the `baseline` before the window,
 * scaled to the window. What is expected of a kind also rises with the rest of the domain's
 * reports: when the whole queue triples (a launch morning after a quiet night) every kind
 * triples with it, and that is not "a rise of one particular report" (seed §1.4).
 */
export function evaluateTicketSpike(rule: TicketSpikeRule, context: RuleContext): Finding[] | null {
  if (context.tickets === null) return null;
  const now = context.now.getTime();
  const windowStart = now - rule.window;
  const baselineStart = windowStart - rule.baseline;
  const outside = textOutside(baselineStart, now);
  const selected = inDomain(context.settings.tickets);
  const groups = new Map<string, { recent: Called[]; baseline: number }>();
  for (const ticket of context.tickets) {
    const value = ticket[rule.by];
    if (value === null || outside(ticket.callDate) || !selected(ticket)) continue;
    const called = Date.parse(ticket.callDate);
    if (called <= baselineStart || called > now) continue;
    const group = groups.get(value) ?? { recent: [], baseline: 0 };
    if (called > windowStart) group.recent.push({ ticket, called });
    else group.baseline++;
    groups.set(value, group);
  }
  const all = { recent: 0, baseline: 0 };
  for (const group of groups.values()) {
    all.recent += group.recent.length;
    all.baseline += group.baseline;
  }
  return [...groups].flatMap(([value, group]) =>
    spikeFinding(
      rule,
      value,
      group.recent,
      group.baseline,
      expectedCount(rule, group.recent.length, group.baseline, all),
      resolverGroupNames(context),
    ),
  );
}

/**
 * The count expected in the window: the kind's own baseline rate scaled to the window,
 * moved with the rest of the queue — up as far as the other kinds grew (an even rise is no
 * spike), down at most to DECLINE_FLOOR of it (a busy afternoon in the baseline must not hide
 * an evening spike).
 */
function expectedCount(
  rule: TicketSpikeRule,
  recent: number,
  baseline: number,
  all: { recent: number; baseline: number },
): number {
  const byTime = (baseline * rule.window) / rule.baseline;
  const restBaseline = all.baseline - baseline;
  if (restBaseline === 0) return byTime;
  return Math.max(byTime * DECLINE_FLOOR, (baseline * (all.recent - recent)) / restBaseline);
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

function spikeFinding(
  rule: TicketSpikeRule,
  value: string,
  recent: Called[],
  baselineCount: number,
  expectedCount: number,
  resolverGroups: readonly string[],
): Finding[] {
  if (recent.length < rule.minCount || recent.length < rule.factor * expectedCount) return [];
  const byCallDate = [...recent].sort((a, b) => a.called - b.called).map((entry) => entry.ticket);
  // The spike began when the window first held minCount of these reports: the minCount-th
  // oldest. Later reports never move it, so `for` counts from a fixed point.
  const since = byCallDate[rule.minCount - 1]?.callDate ?? null;
  return [
    {
      key: value,
      since,
      evidence: {
        kind: 'ticket-spike',
        by: rule.by,
        value,
        count: recent.length,
        baselineCount,
        expectedCount: Math.round(expectedCount * 10) / 10,
        windowMs: rule.window,
        baselineMs: rule.baseline,
        tickets: byCallDate.slice(-MAX_TICKETS_IN_EVIDENCE).map((ticket) => ticket.number),
        resolverGroups,
      },
    },
  ];
}
