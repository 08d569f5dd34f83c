import type { RuleConfig } from '../config/rules-schema.ts';
import type { QueryResult } from '../signals/signals.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';

type QueryThresholdRule = Extract<RuleConfig, { kind: 'query-threshold' }>;

const MINUTE_MS = 60_000;

/**
 * The query's count over its window is above the threshold. A degraded count (timed out,
 * failed shards) is a lower bound: above the threshold it still counts, below it proves
 * nothing. Below the threshold the count is still reported, for a held mark to show.
 */
export function evaluateQueryThreshold(
  rule: QueryThresholdRule,
  context: RuleContext,
): Finding[] | null {
  const result = context.queries.get(rule.query);
  if (!result) return null;
  const active = result.count > rule.threshold;
  if (!active && result.degraded) return null;
  return [
    {
      key: rule.query,
      active,
      since: active ? overSince(result, rule.threshold) : null,
      evidence: {
        kind: 'query-threshold',
        query: rule.query,
        label: context.queryLabels.get(rule.query) ?? null,
        count: result.count,
        threshold: rule.threshold,
        windowMs: Date.parse(result.to) - Date.parse(result.from),
        degraded: result.degraded,
        peak: { count: result.count, at: context.now.toISOString(), spanMs: null },
      },
    },
  ];
}

/**
 * The end of the first histogram minute by which the window's hits already exceeded the
 * threshold: from then on the count was certainly over it (earlier minutes fell outside
 * the histogram and can only add). Null without a histogram: the hysteresis then counts
 * from when Dijkwacht first saw it.
 */
function overSince(result: QueryResult, threshold: number): string | null {
  let hits = 0;
  for (const bucket of result.histogram) {
    hits += bucket.count;
    if (hits > threshold) {
      const end = Math.min(Date.parse(bucket.at) + MINUTE_MS, Date.parse(result.to));
      return new Date(end).toISOString();
    }
  }
  return null;
}
