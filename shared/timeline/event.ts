import { z } from 'zod';
import { evidenceSchema } from '../marks/evidence.ts';
import { markRuleKindSchema } from '../marks/rule-kind.ts';
import { domainIds } from '../playbook/domains.ts';
import { domainStatuses, sourceErrorSchema, sourceHealths } from '../snapshot/snapshot-schema.ts';
import { eventKinds, type EventKind } from './event-kinds.ts';

export { eventKinds, SYSTEM_ACTOR, type EventKind } from './event-kinds.ts';

/**
 * The incident timeline's events (docs/timeline.md): append-only, numbered in commit order,
 * never edited — a correction is a new event naming the `seq` it corrects (`data.corrects`).
 * This is the public contract of the store, the export and the IPC alike.
 */

const iso = z.iso.datetime({ offset: true });
const seqNumber = z.number().int().min(1);
/** Any event may correct an earlier one; most never do. */
const correction = { corrects: seqNumber.optional() };

export const eventDataSchemas = {
  'collector-started': z.strictObject({ version: z.string(), config: z.string(), ...correction }),
  'collector-stopped': z.strictObject({ version: z.string(), config: z.string(), ...correction }),
  'source-health': z.strictObject({
    from: z.enum(sourceHealths),
    to: z.enum(sourceHealths),
    error: sourceErrorSchema.nullable(),
    ...correction,
  }),
  'domain-status': z.strictObject({
    from: z.enum(domainStatuses),
    to: z.enum(domainStatuses),
    ...correction,
  }),
  'mark-raised': z.strictObject({
    rule: markRuleKindSchema,
    severity: z.enum(['warning', 'critical']),
    since: iso,
    evidence: evidenceSchema,
    ...correction,
  }),
  'mark-cleared': z.strictObject({ rule: markRuleKindSchema, raisedSeq: seqNumber, ...correction }),
  'mark-acknowledged': z.strictObject({
    rule: markRuleKindSchema,
    raisedSeq: seqNumber,
    ...correction,
  }),
  'mark-snoozed': z.strictObject({
    rule: markRuleKindSchema,
    raisedSeq: seqNumber,
    until: iso,
    ...correction,
  }),
  'criterion-met': z.strictObject({ reason: z.string(), ...correction }),
  'criterion-withdrawn': z.strictObject({ reason: z.string(), ...correction }),
  informed: z.strictObject({ role: z.string(), line: z.string(), ...correction }),
  note: z.strictObject({ ...correction }),
  decision: z.strictObject({ ...correction }),
  'export-made': z.strictObject({
    format: z.enum(['csv', 'json', 'md', 'pdf']),
    redacted: z.boolean(),
    from: iso.nullable(),
    to: iso.nullable(),
    events: z.number().int().min(0),
    ...correction,
  }),
} as const satisfies Record<EventKind, z.ZodType>;

export const eventKindSchema = z.enum(eventKinds);
export type EventData<K extends EventKind> = z.infer<(typeof eventDataSchemas)[K]>;

/** The kinds a coordinator writes; the rest the collector and the exporter write. */
export const actionKinds = [
  'mark-acknowledged',
  'mark-snoozed',
  'criterion-met',
  'criterion-withdrawn',
  'informed',
  'note',
  'decision',
] as const satisfies readonly EventKind[];

/** `system`, or the coordinator's name: one line of printable text. */
export const actorSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\p{Cc}]+$/u, 'one line without control characters');

const envelope = {
  /** 1, 2, 3… in commit order, no gaps. */
  seq: seqNumber,
  /** ISO-8601 UTC with milliseconds. */
  at: iso,
  domain: z.enum(domainIds).nullable(),
  source: z.string().nullable(),
  actor: actorSchema,
  /** One line of Dutch for people. */
  summary: z.string().max(4000),
};

function eventOf<K extends EventKind>(kind: K) {
  return z.strictObject({ ...envelope, kind: z.literal(kind), data: eventDataSchemas[kind] });
}

/** Typed as the union below, so a parsed event's `data` narrows with its `kind`. */
export const timelineEventSchema: z.ZodType<TimelineEvent> = z.discriminatedUnion(
  'kind',
  eventKinds.map((kind) => eventOf(kind)) as unknown as [
    ReturnType<typeof eventOf<EventKind>>,
    ...ReturnType<typeof eventOf<EventKind>>[],
  ],
) as unknown as z.ZodType<TimelineEvent>;

/** One event of the timeline; `data` narrows with `kind`. */
export type TimelineEvent = {
  [K in EventKind]: {
    seq: number;
    at: string;
    kind: K;
    domain: (typeof domainIds)[number] | null;
    source: string | null;
    actor: string;
    summary: string;
    data: EventData<K>;
  };
}[EventKind];
export type EventOf<K extends EventKind> = Extract<TimelineEvent, { kind: K }>;

/**
 * An event before the store numbers it. `markKey` is the collector's own bookkeeping for a
 * raised mark (which rule finding it is, so a restart picks the mark up again); it is kept
 * beside the event, never exported.
 */
export type EventDraft = {
  [K in EventKind]: Omit<EventOf<K>, 'seq'> & { readonly markKey?: string };
}[EventKind];
