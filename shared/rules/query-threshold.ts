import type { RuleConfig } from '../config/rules-schema.ts';
import type { Finding } from './evidence.ts';
import type { RuleContext } from './rule-context.ts';

type QueryThresholdRule = Extract<RuleConfig, { kind: 'query-threshold' }>;

/**
 * The query's count over its window is above the threshold. A degraded count (timed out,
 * failed shards) is a lower bound: above the threshold it still counts, below it proves nothing.
 */
export function evaluateQueryThreshold(
  rule: QueryThresholdRule,
  context: RuleContext,
): Finding[] | null {
  const result = context.queries.get(rule.query);
  if (!result) return null;
  if (result.count <= rule.threshold) return result.degraded ? null : [];
  return [
    {
      key: rule.query,
      since: null,
      evidence: {
        kind: 'query-threshold',
        query: rule.query,
        count: result.count,
        threshold: rule.threshold,
        windowMs: Date.parse(result.to) - Date.parse(result.from),
        degraded: result.degraded,
      },
    },
  ];
}
