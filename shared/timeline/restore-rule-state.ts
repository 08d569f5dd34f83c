import { domainSettings } from '../config/domain-settings.ts';
import type { Config } from '../config/parse-config.ts';
import type { RuleState, TrackedFinding } from '../rules/rule-state.ts';
import type { ResumeState } from './timeline-store.ts';

const KEY = /^([a-z-]+):(\d+):/;

/**
 * The rule state a restarted collector carries on from: every mark still open on the timeline,
 * under the key it was raised with, seen "now". So a mark that is still active is not raised
 * again, and one whose condition is gone clears after its `clearAfter` as if there had been no
 * restart. A mark whose rule is no longer in the config is left out: it clears at once.
 */
export function restoreRuleState(
  resume: ResumeState,
  config: Pick<Config, 'domains'>,
  now: Date,
): RuleState {
  const state = new Map<string, TrackedFinding>();
  for (const open of resume.openMarks) {
    const { raised, markKey } = open;
    const match = markKey === null ? null : KEY.exec(markKey);
    if (!match || !markKey || raised.domain === null || match[1] !== raised.domain) continue;
    const ruleIndex = Number(match[2]);
    const rule = domainSettings(config, raised.domain).rules?.[ruleIndex];
    if (!rule || rule.kind !== raised.data.rule) continue;
    state.set(markKey, {
      domain: raised.domain,
      ruleIndex,
      rule: rule.kind,
      severity: raised.data.severity,
      since: raised.data.since,
      lastSeen: now.toISOString(),
      raisedAt: raised.at,
      clearsAt: null,
      evidence: raised.data.evidence,
    });
  }
  return state;
}
