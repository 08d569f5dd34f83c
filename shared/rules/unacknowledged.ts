import type { MarkedEvidence } from '../marks/evidence.ts';
import type { Finding } from './finding.ts';
import type { RuleState, TrackedFinding } from './rule-state.ts';

/** Every raised critical mark nobody acknowledged, timed from when it was raised. */
export function evaluateUnacknowledged(
  state: RuleState,
  acknowledged: ReadonlySet<string>,
  now: Date,
): Finding[] {
  return [...state].flatMap(([key, tracked]) => {
    const evidence = markedEvidence(tracked);
    if (!evidence || tracked.raisedAt === null || tracked.severity !== 'critical') return [];
    if (acknowledged.has(key)) return [];
    return [
      {
        key,
        active: true,
        since: tracked.raisedAt,
        evidence: {
          kind: 'unacknowledged',
          mark: {
            domain: tracked.domain,
            severity: tracked.severity,
            since: tracked.since,
            evidence,
          },
          unacknowledgedForMs: now.getTime() - Date.parse(tracked.raisedAt),
        },
      },
    ];
  });
}

/** The evidence of a mark this rule can point at: any but another `unacknowledged`. */
function markedEvidence(tracked: TrackedFinding): MarkedEvidence | null {
  const evidence = tracked.evidence;
  if (tracked.rule === 'unacknowledged') return null;
  if (evidence.kind === 'unacknowledged' || evidence.kind === 'criterion-met') return null;
  return evidence;
}
