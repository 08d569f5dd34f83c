import { z } from 'zod';
import { evidenceSchema } from './evidence.ts';
import { markRuleKindSchema } from './rule-kind.ts';

const iso = z.iso.datetime({ offset: true });

export const severities = ['warning', 'critical'] as const;
export type Severity = (typeof severities)[number];

/**
 * A situation that matches an escalation criterion: its rule, severity, since, a Dutch summary
 * and the evidence, and three more:
 * the criterion it implements, and — once its condition is gone but `clearAfter` still holds
 * it — since when it is only held and when it clears if all stays quiet.
 */
export const markSchema = z
  .strictObject({
    rule: markRuleKindSchema,
    severity: z.enum(severities),
    /** When the condition first held, from the sources' timestamps; it never moves. */
    since: iso,
    /** One line of Dutch for scripts; viewers make their own text from the evidence. */
    summary: z.string(),
    evidence: evidenceSchema,
    /** A criterion id of the playbook (shared/playbook/criteria.ts). */
    criterion: z.string(),
    held: z.strictObject({ since: iso, clearsAt: iso }).nullable(),
    /** The timeline's `mark-raised` (or `criterion-met`) seq; null where nothing records. */
    seq: z.number().int().min(1).nullable(),
    /** The newest acknowledgement of this raising; a mark raised again needs a new one. */
    acknowledged: z
      .strictObject({ by: z.string(), at: iso, note: z.string().nullable(), seq: z.number() })
      .nullable(),
    /** Snoozed until `until`: visible and logged, but it neither escalates nor notifies. */
    snoozed: z
      .strictObject({ by: z.string(), at: iso, until: iso, reason: z.string(), seq: z.number() })
      .nullable(),
  })
  .refine((mark) => mark.rule === mark.evidence.kind, {
    message: 'a mark whose evidence is of its own rule kind',
    path: ['evidence', 'kind'],
  });
export type Mark = z.infer<typeof markSchema>;
