import { z } from 'zod';
import { ruleKinds } from '../marks/rule-kind.ts';
import { RULE_DURATION } from './duration-bounds.ts';
import { durationIn, idField, labelMap, textList, whenParsed } from './fields.ts';

const ruleDuration = durationIn(RULE_DURATION);

/** Keys every rule kind takes (docs/contracts.md, "The config file"). */
const common = {
  severity: z.enum(['warning', 'critical'], { error: 'warning or critical' }).default('critical'),
  for: ruleDuration.optional(),
  clearAfter: ruleDuration.optional(),
};

const ticketSpike = z.strictObject({
  kind: z.literal('ticket-spike'),
  ...common,
  by: z.enum(['category', 'subcategory'], { error: 'category or subcategory' }),
  window: ruleDuration,
  baseline: ruleDuration,
  factor: z.number({ error: 'a number above 1' }).gt(1, 'a number above 1'),
  minCount: z.int({ error: 'a whole number of tickets' }).min(1, 'at least 1'),
});

const ticketOpen = z
  .strictObject({
    kind: z.literal('ticket-open'),
    ...common,
    priorities: textList.optional(),
    categories: textList.optional(),
    majorIncident: z.boolean({ error: 'true or false' }).optional(),
    /** A deadline counted from the call date, e.g. the GDPR's 72 hours to notify a breach. */
    deadline: ruleDuration.optional(),
  })
  .refine((rule) => rule.priorities || rule.categories || rule.majorIncident, {
    message: 'at least one of priorities, categories or majorIncident',
    ...whenParsed('priorities', 'categories', 'majorIncident'),
  });

const checkDown = z.strictObject({
  kind: z.literal('check-down'),
  ...common,
  tags: textList.optional(),
});

const alertFiring = z.strictObject({
  kind: z.literal('alert-firing'),
  ...common,
  labels: labelMap,
});

const queryThreshold = z.strictObject({
  kind: z.literal('query-threshold'),
  ...common,
  query: idField,
  threshold: z.number({ error: 'a number' }).min(0, 'zero or more'),
});

const unacknowledged = z.strictObject({
  kind: z.literal('unacknowledged'),
  ...common,
  for: ruleDuration,
});

export const ruleSchema = z.discriminatedUnion(
  'kind',
  [ticketSpike, ticketOpen, checkDown, alertFiring, queryThreshold, unacknowledged],
  { error: `a rule with kind one of ${ruleKinds.join(', ')}` },
);
export type RuleConfig = z.infer<typeof ruleSchema>;

/** What a domain reads: its selectors, and its rules. */
export const domainConfigSchema = z.strictObject({
  tickets: z
    .strictObject({ categories: textList.optional(), subcategories: textList.optional() })
    .optional(),
  checks: z.strictObject({ tags: textList }).optional(),
  alerts: z.strictObject({ labels: labelMap }).optional(),
  rules: z.array(ruleSchema, { error: 'a list of rules' }).optional(),
});
export type DomainConfig = z.infer<typeof domainConfigSchema>;
