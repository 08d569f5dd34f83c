import { z } from 'zod';
import { markRuleKindSchema } from '../marks/rule-kind.ts';
import { actionLimits } from '../timeline/action-limits.ts';
import { actorSchema } from '../timeline/event.ts';

/**
 * The 72-hour privacy clocks (docs/privacy-clock.md): per privacy incident, the moment the
 * organisation became aware of it, the deadline 72 real hours later for notifying the
 * Autoriteit Persoonsgegevens (GDPR art. 33), and the decision that stops the clock. The
 * same shapes are kept in the seat's clock file, answered over IPC and drawn by the viewers.
 */

const iso = z.iso.datetime({ offset: true });
const seq = z.number().int().min(1);
const reasonText = z.string().trim().min(1).max(actionLimits.textMax);

/** At most this many clocks per timeline: a launch weekend has a handful. */
export const MAX_CLOCKS = 200;

/** What a clock is for: a ticket of the privacy domain, or a mark there without one. */
export const privacyIncidentRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('ticket'),
    ticketId: z.string().min(1).max(200),
    number: z.string().max(200),
  }),
  z.strictObject({ kind: z.literal('mark'), raisedSeq: seq, rule: markRuleKindSchema }),
]);
export type PrivacyIncidentRef = z.infer<typeof privacyIncidentRefSchema>;

/** Where the moment of awareness came from: the default, or a coordinator's correction. */
export const awarenessSources = ['call-date', 'mark-since', 'edited'] as const;
export type AwarenessSource = (typeof awarenessSources)[number];

export const awarenessSchema = z.strictObject({
  at: iso,
  source: z.enum(awarenessSources),
  /** Why it was changed; null for the default. */
  reason: z.string().max(actionLimits.textMax).nullable(),
  by: actorSchema,
  /** The timeline event that recorded it (the start, or the newest change), and its time. */
  seq,
  recordedAt: iso,
  /** How often it was changed after the start. */
  changes: z.number().int().min(0),
});
export type Awareness = z.infer<typeof awarenessSchema>;

/** "Melden bij de AP: ja/nee, waarom": recorded as a `decision` event; it stops the clock. */
export const apDecisionSchema = z.strictObject({
  notify: z.boolean(),
  reason: z.string().max(actionLimits.textMax),
  at: iso,
  by: actorSchema,
  seq,
  /** How often the decision was corrected after the first. */
  corrections: z.number().int().min(0),
});
export type ApDecision = z.infer<typeof apDecisionSchema>;

export const privacyClockSchema = z.strictObject({
  /** The incident's key: `ticket:<id>` or `mark:<seq>` (incidentKey). */
  id: z.string().min(1).max(220),
  incident: privacyIncidentRefSchema,
  /** What the incident is about, as the ticket or mark said when the clock started. */
  title: z.string().max(300).nullable(),
  started: z.strictObject({ at: iso, by: actorSchema, seq }),
  awareness: awarenessSchema,
  decision: apDecisionSchema.nullable(),
});
export type PrivacyClock = z.infer<typeof privacyClockSchema>;

/** Why the clocks shown may not be all there is: the file could not be read, or written. */
export const privacyProblemSchema = z.strictObject({
  /** `unreadable`: nothing can be shown or changed; `unsaved`: shown, but not yet on disk. */
  kind: z.enum(['unreadable', 'unsaved']),
  file: z.string().max(4096),
  detail: z.string().max(1000),
});
export type PrivacyProblem = z.infer<typeof privacyProblemSchema>;

/** What main answers for every privacy channel: the clocks of this timeline, oldest first. */
export const privacyClocksSchema = z.strictObject({
  clocks: z.array(privacyClockSchema).max(MAX_CLOCKS),
  problem: privacyProblemSchema.nullable(),
});
export type PrivacyClocks = z.infer<typeof privacyClocksSchema>;

/** The requests of the privacy channels (the operator is added by main as the actor). */
export const privacyStartRequestSchema = z.strictObject({
  incident: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('ticket'), ticketId: z.string().min(1).max(200) }),
    z.strictObject({ kind: z.literal('mark'), raisedSeq: seq }),
  ]),
});
export type PrivacyStartRequest = z.infer<typeof privacyStartRequestSchema>;

export const privacyAwarenessRequestSchema = z.strictObject({
  clockId: z.string().min(1).max(220),
  at: iso,
  reason: reasonText,
});
export type PrivacyAwarenessRequest = z.infer<typeof privacyAwarenessRequestSchema>;

export const privacyDecisionRequestSchema = z.strictObject({
  clockId: z.string().min(1).max(220),
  notify: z.boolean(),
  reason: reasonText,
});
export type PrivacyDecisionRequest = z.infer<typeof privacyDecisionRequestSchema>;
