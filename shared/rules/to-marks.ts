import type { Evidence } from '../marks/evidence.ts';
import type { Mark } from '../marks/mark.ts';
import { criterionFor } from '../playbook/criteria.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import { describeMark } from '../text/marks.ts';
import type { RuleState, TrackedFinding } from './rule-state.ts';

export interface SummaryContext {
  readonly timeZone: string;
  readonly now: Date;
  readonly playbook: Playbook;
}

/** A mark with the tracking key of the finding behind it (rule-state.ts). */
export interface KeyedMark {
  readonly key: string;
  readonly mark: Mark;
}

/** The raised marks of every domain, worst first; a situation two rules match shows once. */
export function marksByDomain(state: RuleState, context: SummaryContext): Map<DomainId, Mark[]> {
  const keyed = keyedMarksByDomain(state, context);
  return new Map([...keyed].map(([domain, marks]) => [domain, marks.map((entry) => entry.mark)]));
}

/** As marksByDomain, each mark with its tracking key: what the timeline records it under. */
export function keyedMarksByDomain(
  state: RuleState,
  context: SummaryContext,
): Map<DomainId, KeyedMark[]> {
  const marks = new Map<DomainId, KeyedMark[]>(
    context.playbook.domains.map((domain) => [domain.id, []]),
  );
  for (const [key, tracked] of shownFindings(state))
    marks.get(tracked.domain)?.push({ key, mark: toMark(tracked, context) });
  return marks;
}

/**
 * The raised findings that show as marks, worst first: a situation two rules match (a P1
 * that is also a major incident) is one mark, not two. No text is made here, so the
 * `unacknowledged` rule can ask which marks exist without describing them.
 */
export function shownFindings(state: RuleState): [string, TrackedFinding][] {
  const raised = [...state].filter(([, tracked]) => tracked.raisedAt !== null);
  raised.sort(
    ([, a], [, b]) =>
      severityRank(b) - severityRank(a) ||
      a.ruleIndex - b.ruleIndex ||
      Date.parse(a.since) - Date.parse(b.since),
  );
  const situations = new Set<string>();
  return raised.filter(([, tracked]) => {
    const situation = situationOf(tracked.evidence);
    if (situation === null) return true;
    const id = `${tracked.domain} ${situation}`;
    if (situations.has(id)) return false;
    situations.add(id);
    return true;
  });
}

function severityRank(tracked: TrackedFinding): number {
  return tracked.severity === 'critical' ? 1 : 0;
}

/** What makes two findings the same situation; null when only their own rule can say. */
function situationOf(evidence: Evidence): string | null {
  return evidence.kind === 'ticket-open' ? `ticket ${evidence.ticket.id}` : null;
}

function toMark(tracked: TrackedFinding, context: SummaryContext): Mark {
  const held = tracked.clearsAt ? { since: tracked.lastSeen, clearsAt: tracked.clearsAt } : null;
  return {
    rule: tracked.rule,
    severity: tracked.severity,
    since: tracked.since,
    summary: describeMark({ evidence: tracked.evidence, held }, { ...context, language: 'nl' }),
    evidence: tracked.evidence,
    criterion: criterionFor(tracked.domain, tracked.rule).id,
    held,
    seq: null,
    acknowledged: null,
    snoozed: null,
  };
}
