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

/** The raised marks of every domain, worst first; a situation two rules match shows once. */
export function marksByDomain(state: RuleState, context: SummaryContext): Map<DomainId, Mark[]> {
  const marks = new Map<DomainId, Mark[]>(
    context.playbook.domains.map((domain) => [domain.id, []]),
  );
  const raised = [...state.values()].filter((tracked) => tracked.raisedAt !== null);
  raised.sort(
    (a, b) =>
      severityRank(b) - severityRank(a) ||
      a.ruleIndex - b.ruleIndex ||
      Date.parse(a.since) - Date.parse(b.since),
  );
  const shown = new Set<string>();
  for (const tracked of raised) {
    // A P1 that is also a major incident is one situation, not two marks.
    const situation = situationOf(tracked.evidence);
    if (situation !== null) {
      if (shown.has(`${tracked.domain} ${situation}`)) continue;
      shown.add(`${tracked.domain} ${situation}`);
    }
    marks.get(tracked.domain)?.push(toMark(tracked, context));
  }
  return marks;
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
  };
}
