import type { RuleConfig } from '../config/rules-schema.ts';
import type { RuleKind } from '../marks/rule-kind.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Finding } from './finding.ts';
import { carryPeak } from './peaks.ts';
import { isRuleKey, trackingKey, type RuleState, type TrackedFinding } from './rule-state.ts';

/** A closed ticket is gone at once; signals that can hover come back within this (no flapping). */
export const DEFAULT_CLEAR_AFTER_MS: Readonly<Record<RuleKind, number>> = {
  'ticket-open': 0,
  'ticket-spike': 600_000,
  'check-down': 120_000,
  'alert-firing': 120_000,
  'query-threshold': 300_000,
  unacknowledged: 0,
};

export interface RuleRun {
  readonly domain: DomainId;
  readonly ruleIndex: number;
  readonly rule: RuleConfig;
  /** null: the rule could not be evaluated (no fresh data), so nothing rises or clears. */
  readonly findings: readonly Finding[] | null;
  readonly now: Date;
}

/**
 * One rule's findings folded into the state: a finding becomes a mark once its condition
 * has held for `for` (from the source's timestamp); a mark clears only after its condition
 * has been gone for `clearAfter`, and meanwhile shows what is true now beside its peak.
 */
export function applyHysteresis(previous: RuleState, run: RuleRun): Map<string, TrackedFinding> {
  const mine = [...previous].filter(([key]) => isRuleKey(key, run.domain, run.ruleIndex));
  if (run.findings === null) return new Map(mine);
  const next = new Map<string, TrackedFinding>();
  const observed = new Map<string, Finding>();
  for (const finding of run.findings) {
    const key = trackingKey(run.domain, run.ruleIndex, finding.key);
    if (finding.active) next.set(key, tracked(previous.get(key), finding, run));
    else observed.set(key, finding);
  }
  const clearAfter = run.rule.clearAfter ?? DEFAULT_CLEAR_AFTER_MS[run.rule.kind];
  for (const [key, before] of mine) {
    if (next.has(key) || before.raisedAt === null) continue;
    const clearsAt = Date.parse(before.lastSeen) + clearAfter;
    if (run.now.getTime() >= clearsAt) continue;
    const now = observed.get(key);
    next.set(key, {
      ...before,
      clearsAt: new Date(clearsAt).toISOString(),
      evidence: now ? carryPeak(before.evidence, now.evidence) : before.evidence,
    });
  }
  return next;
}

function tracked(
  before: TrackedFinding | undefined,
  finding: Finding,
  run: RuleRun,
): TrackedFinding {
  const now = run.now.toISOString();
  const since = stableSince(before, finding.since, now);
  const held = run.now.getTime() - Date.parse(since) >= (run.rule.for ?? 0);
  return {
    domain: run.domain,
    ruleIndex: run.ruleIndex,
    rule: run.rule.kind,
    severity: run.rule.severity,
    since,
    lastSeen: now,
    raisedAt: before?.raisedAt ?? (held ? now : null),
    clearsAt: null,
    evidence: carryPeak(before?.evidence ?? null, finding.evidence),
  };
}

/**
 * When the condition first held. A raised mark's since never moves (a check back down within
 * clearAfter is a new StatusCake period but the same mark; a spike's oldest reports leave the
 * window). Before it is raised, a source may tell an earlier start, never a later one.
 */
function stableSince(
  before: TrackedFinding | undefined,
  found: string | null,
  now: string,
): string {
  if (!before) return found ?? now;
  if (before.raisedAt !== null || found === null) return before.since;
  return Date.parse(found) < Date.parse(before.since) ? found : before.since;
}
