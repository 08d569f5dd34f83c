import type { RuleConfig } from '../config/rules-schema.ts';
import type { Finding } from './evidence.ts';
import { isRuleKey, trackingKey, type RuleState, type TrackedFinding } from './rule-state.ts';

/** A closed ticket is gone at once; signals that can hover come back within this (no flapping). */
const DEFAULT_CLEAR_AFTER_MS: Readonly<Record<RuleConfig['kind'], number>> = {
  'ticket-open': 0,
  'ticket-spike': 600_000,
  'check-down': 120_000,
  'alert-firing': 120_000,
  'query-threshold': 300_000,
  unacknowledged: 0,
};

export interface RuleRun {
  readonly domain: string;
  readonly ruleIndex: number;
  readonly rule: RuleConfig;
  /** null: the rule could not be evaluated (no fresh data), so nothing rises or clears. */
  readonly findings: readonly Finding[] | null;
  readonly now: Date;
}

/**
 * One rule's findings folded into the state: a finding becomes a mark once its condition
 * has held for `for` (from the source's timestamp); a mark clears only after its condition
 * has been gone for `clearAfter`.
 */
export function applyHysteresis(previous: RuleState, run: RuleRun): Map<string, TrackedFinding> {
  const next = new Map<string, TrackedFinding>();
  const mine = [...previous].filter(([key]) => isRuleKey(key, run.domain, run.ruleIndex));
  if (run.findings === null) return new Map(mine);
  const now = run.now.getTime();
  for (const finding of run.findings) {
    const key = trackingKey(run.domain, run.ruleIndex, finding.key);
    const before = previous.get(key);
    // A raised mark keeps its since: a check back down within clearAfter (a new StatusCake
    // period) or a spike whose newest reports moved on is still the same mark.
    const kept = before?.raisedAt ? before.since : null;
    const since = kept ?? finding.since ?? before?.since ?? run.now.toISOString();
    const held = now - Date.parse(since) >= (run.rule.for ?? 0);
    const raisedAt = before?.raisedAt ?? (held ? run.now.toISOString() : null);
    next.set(key, {
      domain: run.domain,
      ruleIndex: run.ruleIndex,
      rule: run.rule.kind,
      severity: run.rule.severity,
      since,
      lastSeen: run.now.toISOString(),
      raisedAt,
      evidence: finding.evidence,
    });
  }
  const clearAfter = run.rule.clearAfter ?? DEFAULT_CLEAR_AFTER_MS[run.rule.kind];
  for (const [key, tracked] of mine) {
    if (next.has(key) || tracked.raisedAt === null) continue;
    if (now - Date.parse(tracked.lastSeen) < clearAfter) next.set(key, tracked);
  }
  return next;
}
