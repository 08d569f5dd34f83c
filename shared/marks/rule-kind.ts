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
