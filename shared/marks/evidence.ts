import { z } from 'zod';
import { domainIds } from '../playbook/domains.ts';
import { bilingualSchema } from '../playbook/text.ts';

/**
 * What each rule kind records as the evidence of a mark: ids, figures and the sources' own
 * timestamps — never text for people, which the viewers make in their reader's language
 * (shared/text/marks.ts). One schema per rule kind, told apart by `kind`.
 */

const iso = z.iso.datetime({ offset: true });
const count = z.number().min(0);

/** Where §1.3 of the playbook routes the ticket's subject, and whether it sits there. */
export const routingSchema = z.strictObject({
  status: z.enum(['ok', 'misrouted', 'unassigned', 'not-checked']),
  /** Resolver-group ids of the playbook. */
  expected: z.array(z.string()),
});
export type Routing = z.infer<typeof routingSchema>;

export const ticketRefSchema = z.strictObject({
  id: z.string(),
  number: z.string(),
  briefDescription: z.string(),
  priority: z.string().nullable(),
  category: z.string().nullable(),
  subcategory: z.string().nullable(),
  operatorGroup: z.string().nullable(),
  callDate: iso,
  majorCall: z.boolean(),
  routing: routingSchema,
});
export type TicketRef = z.infer<typeof ticketRefSchema>;

/** The highest figure while the mark stood, and when: what a held mark shows beside "now". */
export const peakSchema = z.strictObject({
  count,
  at: iso,
  /** For a spike: from its first to its last report then ("50 reports in 3 min"). */
  spanMs: count.nullable(),
});
export type Peak = z.infer<typeof peakSchema>;

export const ticketSpikeEvidenceSchema = z.strictObject({
  kind: z.literal('ticket-spike'),
  by: z.enum(['category', 'subcategory']),
  value: z.string(),
  windowMs: count,
  baselineMs: count,
  /** Reports of this kind in the window now. */
  count,
  /** What the window would hold normally (its robust baseline, moved with the queue). */
  expectedCount: count,
  peak: peakSchema,
  /** The newest reports, with their routing. */
  tickets: z.array(ticketRefSchema),
});

export const ticketOpenEvidenceSchema = z.strictObject({
  kind: z.literal('ticket-open'),
  ticket: ticketRefSchema,
  /** A deadline counted from the call date, e.g. the GDPR's 72 hours to notify. */
  deadline: iso.nullable(),
});

export const checkDownEvidenceSchema = z.strictObject({
  kind: z.literal('check-down'),
  check: z.strictObject({ id: z.string(), name: z.string(), url: z.string() }),
  downSince: iso,
  downForMs: count,
});

export const alertFiringEvidenceSchema = z.strictObject({
  kind: z.literal('alert-firing'),
  alert: z.strictObject({
    name: z.string(),
    fingerprint: z.string(),
    summary: z.string().nullable(),
    labels: z.record(z.string(), z.string()),
  }),
  startsAt: iso,
});

export const queryThresholdEvidenceSchema = z.strictObject({
  kind: z.literal('query-threshold'),
  query: z.string(),
  /** What one hit is, in both languages ("serverfouten"), from the config; null: the query id. */
  label: bilingualSchema.nullable(),
  /** Hits in the window now. */
  count,
  threshold: count,
  windowMs: count,
  /** A timed-out search or failed shards: the count is a lower bound. */
  degraded: z.boolean(),
  peak: peakSchema,
});

/** The marks an `unacknowledged` mark can point at: every kind but itself. */
export const markedEvidenceSchema = z.discriminatedUnion('kind', [
  ticketSpikeEvidenceSchema,
  ticketOpenEvidenceSchema,
  checkDownEvidenceSchema,
  alertFiringEvidenceSchema,
  queryThresholdEvidenceSchema,
]);
export type MarkedEvidence = z.infer<typeof markedEvidenceSchema>;

export const unacknowledgedEvidenceSchema = z.strictObject({
  kind: z.literal('unacknowledged'),
  /** The mark nobody acknowledged: its domain, severity, since and evidence. */
  mark: z.strictObject({
    domain: z.enum(domainIds),
    severity: z.enum(['warning', 'critical']),
    since: iso,
    evidence: markedEvidenceSchema,
  }),
  unacknowledgedForMs: count,
});

/** A criterion a coordinator saw met where no API can see it, with their reason. */
export const criterionMetEvidenceSchema = z.strictObject({
  kind: z.literal('criterion-met'),
  reason: z.string(),
  by: z.string(),
  /** The `criterion-met` event on the timeline. */
  metSeq: z.number().int().min(1),
});

export const evidenceSchema = z.discriminatedUnion('kind', [
  ticketSpikeEvidenceSchema,
  ticketOpenEvidenceSchema,
  checkDownEvidenceSchema,
  alertFiringEvidenceSchema,
  queryThresholdEvidenceSchema,
  unacknowledgedEvidenceSchema,
  criterionMetEvidenceSchema,
]);
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceOf<K extends Evidence['kind']> = Extract<Evidence, { kind: K }>;
