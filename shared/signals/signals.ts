import { z } from 'zod';

/**
 * Signals: the normalised facts the sources deliver (docs/contracts.md, "Data flow"). Each client
 * turns its API's documented shape into these at the boundary; everything after works on
 * these alone. Times are ISO 8601 UTC strings, taken from the sources' own timestamps.
 */

const iso = z.iso.datetime({ offset: true });

/** A TOPdesk incident, reduced to what status and escalation read. */
export const ticketSchema = z.strictObject({
  id: z.string().min(1),
  number: z.string(),
  briefDescription: z.string(),
  category: z.string().nullable(),
  subcategory: z.string().nullable(),
  priority: z.string().nullable(),
  operatorGroup: z.string().nullable(),
  processingStatus: z.string().nullable(),
  callDate: iso,
  modificationDate: iso,
  closed: z.boolean(),
  completed: z.boolean(),
  majorCall: z.boolean(),
});
export type Ticket = z.infer<typeof ticketSchema>;

/** A StatusCake uptime check, with since when it is down (from its periods). */
export const checkSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  url: z.string(),
  status: z.enum(['up', 'down']),
  paused: z.boolean(),
  tags: z.array(z.string()),
  checkRateSeconds: z.number().int().min(0),
  downSince: iso.nullable(),
});
export type Check = z.infer<typeof checkSchema>;

/** One configured Elasticsearch query, counted over its window. */
export const queryResultSchema = z.strictObject({
  id: z.string().min(1),
  count: z.number().int().min(0),
  from: iso,
  to: iso,
  /** A timed-out search or failed shards: the count is a lower bound, not the truth. */
  degraded: z.boolean(),
  degradedReason: z.string().nullable(),
  /** Per-minute counts for charts, oldest first; empty when the source did not ask for them. */
  histogram: z.array(z.strictObject({ at: iso, count: z.number().int().min(0) })),
});
export type QueryResult = z.infer<typeof queryResultSchema>;

/** An Alertmanager alert; `state` follows Alertmanager's own status, never `endsAt`. */
export const alertSchema = z.strictObject({
  fingerprint: z.string().min(1),
  name: z.string(),
  labels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  startsAt: iso,
  state: z.enum(['active', 'suppressed', 'unprocessed']),
  silencedBy: z.array(z.string()),
  inhibitedBy: z.array(z.string()),
  generatorURL: z.string().nullable(),
});
export type Alert = z.infer<typeof alertSchema>;

/** What one successful poll of a source yields. */
export type SourceSignals =
  | { readonly kind: 'topdesk'; readonly tickets: readonly Ticket[] }
  | { readonly kind: 'statuscake'; readonly checks: readonly Check[] }
  | { readonly kind: 'elasticsearch'; readonly queries: readonly QueryResult[] }
  | { readonly kind: 'alertmanager'; readonly alerts: readonly Alert[] };
