import { z } from 'zod';
import { routingSchema } from '../marks/evidence.ts';
import { domainIds } from '../playbook/domains.ts';
import { bilingualSchema } from '../playbook/text.ts';

/**
 * What the desk's domain detail shows besides the snapshot (docs/desk.md): the tickets,
 * checks, alerts and query figures behind a domain's status, built in main from the
 * collector's newest validated, scrubbed signals (`domain:detail`). Every list and text is
 * bounded: a queue of 250,000 tickets reaches the renderer as the 200 that matter most and
 * how many more there are.
 */

const iso = z.iso.datetime({ offset: true });

/** The bounds the builder cuts to and the contract enforces. */
export const detailLimits = {
  tickets: 200,
  checks: 100,
  alerts: 100,
  queries: 50,
  /** Labels, and annotations, per alert. */
  alertFields: 40,
  /** Down periods per check, newest first. */
  downPeriods: 20,
  /** A title, a name, a label's value. */
  text: 500,
  /** An annotation (a description can be a paragraph). */
  longText: 2_000,
  /** An id, a number, a priority, a group. */
  shortText: 200,
  url: 2_048,
} as const;

const text = z.string().max(detailLimits.text);
const shortText = z.string().max(detailLimits.shortText);

/** One list of a detail: what is shown, and how many there were in all ("+n more"). */
function section<T extends z.ZodType>(item: T, max: number) {
  return z
    .strictObject({
      items: z.array(item).max(max),
      total: z.number().int().min(0),
    })
    .refine((value) => value.total >= value.items.length, {
      message: 'a total of at least the items shown',
    });
}

export const detailTicketSchema = z.strictObject({
  /** The source that delivered it (a TOPdesk source's id). */
  source: shortText,
  id: shortText,
  number: shortText,
  briefDescription: text,
  priority: shortText.nullable(),
  category: shortText.nullable(),
  subcategory: shortText.nullable(),
  operatorGroup: shortText.nullable(),
  processingStatus: shortText.nullable(),
  callDate: iso,
  closed: z.boolean(),
  majorCall: z.boolean(),
  routing: routingSchema,
  /** A mark of the domain names this ticket as its evidence. */
  marked: z.boolean(),
  /** The incident in TOPdesk's own web interface, on the configured host. */
  url: z.string().max(detailLimits.url).nullable(),
});
export type DetailTicket = z.infer<typeof detailTicketSchema>;

export const downPeriodSchema = z.strictObject({
  from: iso,
  /** Null: still down at the detail's `generatedAt`. */
  to: iso.nullable(),
});
export type DownPeriod = z.infer<typeof downPeriodSchema>;

export const detailCheckSchema = z.strictObject({
  source: shortText,
  id: shortText,
  name: text,
  /** What the check watches, as StatusCake reports it (shown, never opened). */
  url: z.string().max(detailLimits.url),
  status: z.enum(['up', 'down']),
  paused: z.boolean(),
  tags: z.array(shortText).max(detailLimits.alertFields),
  downSince: iso.nullable(),
  /** From what Dijkwacht saw poll by poll (the wall's strips), newest first. */
  downPeriods: z.array(downPeriodSchema).max(detailLimits.downPeriods),
});
export type DetailCheck = z.infer<typeof detailCheckSchema>;

const alertFieldSchema = z.strictObject({
  name: shortText,
  value: z.string().max(detailLimits.longText),
});
export type AlertField = z.infer<typeof alertFieldSchema>;

export const detailAlertSchema = z.strictObject({
  source: shortText,
  fingerprint: shortText,
  name: text,
  state: z.enum(['active', 'suppressed', 'unprocessed']),
  startsAt: iso,
  silenced: z.boolean(),
  inhibited: z.boolean(),
  labels: z.array(alertFieldSchema).max(detailLimits.alertFields),
  annotations: z.array(alertFieldSchema).max(detailLimits.alertFields),
  /** Labels and annotations left out for their number. */
  omittedFields: z.number().int().min(0),
  /** Where the alert came from, as text: a link to another host is never opened. */
  generatorURL: z.string().max(detailLimits.url).nullable(),
});
export type DetailAlert = z.infer<typeof detailAlertSchema>;

export const detailQuerySchema = z.strictObject({
  id: shortText,
  /** What one hit is, from the config; null: the id says it. */
  label: bilingualSchema.nullable(),
  /** The domain's `query-threshold` over the window; null when no rule of the domain reads it. */
  threshold: z.number().min(0).nullable(),
  windowMs: z.number().int().min(0),
  /** Null until the Elasticsearch source has answered for it. */
  result: z
    .strictObject({
      count: z.number().int().min(0),
      from: iso,
      to: iso,
      degraded: z.boolean(),
      degradedReason: text.nullable(),
    })
    .nullable(),
});
export type DetailQuery = z.infer<typeof detailQuerySchema>;

export const domainDetailSchema = z.strictObject({
  domain: z.enum(domainIds),
  generatedAt: iso,
  /** Each null when the domain does not read that kind of signal at all. */
  tickets: section(detailTicketSchema, detailLimits.tickets).nullable(),
  checks: section(detailCheckSchema, detailLimits.checks).nullable(),
  alerts: section(detailAlertSchema, detailLimits.alerts).nullable(),
  queries: section(detailQuerySchema, detailLimits.queries).nullable(),
});
export type DomainDetail = z.infer<typeof domainDetailSchema>;

export const domainDetailRequestSchema = z.strictObject({ domain: z.enum(domainIds) });
