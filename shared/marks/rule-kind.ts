import { z } from 'zod';

/** The escalation criteria a rule can test (the config's `kind`, and each mark's `rule`). */
export const ruleKinds = [
  'ticket-spike',
  'ticket-open',
  'check-down',
  'alert-firing',
  'query-threshold',
  'unacknowledged',
] as const;
export const ruleKindSchema = z.enum(ruleKinds);
export type RuleKind = z.infer<typeof ruleKindSchema>;

/**
 * What a mark's `rule` can be: a config rule's kind, or `criterion-met` — a criterion a
 * coordinator saw met where no API can see it (the SOC phoned), raised and withdrawn by hand.
 */
export const markRuleKinds = [...ruleKinds, 'criterion-met'] as const;
export const markRuleKindSchema = z.enum(markRuleKinds);
export type MarkRuleKind = z.infer<typeof markRuleKindSchema>;
