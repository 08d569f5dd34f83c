import type { RuleConfig } from '../config/rules-schema.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';
import { checksWithAnyTag } from './selectors.ts';

type CheckDownRule = Extract<RuleConfig, { kind: 'check-down' }>;

/** A matching, unpaused check that is down; how long comes from StatusCake's own periods. */
export function evaluateCheckDown(rule: CheckDownRule, context: RuleContext): Finding[] | null {
  if (context.checks === null) return null;
  const tags = rule.tags ?? context.settings.checks?.tags;
  return checksWithAnyTag(tags, context.checks)
    .filter((check) => check.status === 'down' && !check.paused)
    .map((check) => {
      const downSince = check.downSince ?? context.now.toISOString();
      return {
        key: check.id,
        active: true,
        since: check.downSince,
        evidence: {
          kind: 'check-down',
          check: { id: check.id, name: check.name, url: check.url },
          downSince,
          downForMs: Math.max(0, context.now.getTime() - Date.parse(downSince)),
        },
      };
    });
}
