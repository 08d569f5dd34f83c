import type { Finding } from './evidence.ts';
import type { RuleState } from './rule-state.ts';
import { markSummary } from './summary.ts';

/** Every raised critical mark nobody acknowledged, timed from when it was raised. */
export function evaluateUnacknowledged(
  state: RuleState,
  acknowledged: ReadonlySet<string>,
  now: Date,
): Finding[] {
  return [...state]
    .filter(
      ([key, tracked]) =>
        tracked.raisedAt !== null &&
        tracked.severity === 'critical' &&
        tracked.rule !== 'unacknowledged' &&
        !acknowledged.has(key),
    )
    .map(([key, tracked]) => {
      const raisedAt = tracked.raisedAt ?? now.toISOString();
      return {
        key,
        since: raisedAt,
        evidence: {
          kind: 'unacknowledged',
          domain: tracked.domain,
          rule: tracked.rule,
          markSince: tracked.since,
          markSummary: markSummary(tracked.evidence, 'nl'),
          unacknowledgedForMs: now.getTime() - Date.parse(raisedAt),
        },
      };
    });
}
