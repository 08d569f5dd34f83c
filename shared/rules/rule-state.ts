import type { Evidence } from '../marks/evidence.ts';
import type { Severity } from '../marks/mark.ts';
import type { RuleKind } from '../marks/rule-kind.ts';
import type { DomainId } from '../playbook/domains.ts';

/** A situation a rule has seen, carried from one evaluation to the next. */
export interface TrackedFinding {
  readonly domain: DomainId;
  readonly ruleIndex: number;
  readonly rule: RuleKind;
  readonly severity: Severity;
  /** When the condition began (source timestamp, else first seen). */
  readonly since: string;
  /** The last evaluation that still saw it: clearAfter counts from here. */
  readonly lastSeen: string;
  /** When it became a mark (held for `for`), or null while it has not yet. */
  readonly raisedAt: string | null;
  /** Its condition is gone and `clearAfter` holds it until then; null while the condition holds. */
  readonly clearsAt: string | null;
  readonly evidence: Evidence;
}

/** Every tracked situation by key `domain:ruleIndex:findingKey`. */
export type RuleState = ReadonlyMap<string, TrackedFinding>;

export const emptyRuleState: RuleState = new Map();

export function trackingKey(domain: string, ruleIndex: number, findingKey: string): string {
  return `${domain}:${ruleIndex}:${findingKey}`;
}

export function isRuleKey(key: string, domain: string, ruleIndex: number): boolean {
  return key.startsWith(`${domain}:${ruleIndex}:`);
}
