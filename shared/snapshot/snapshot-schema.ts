import { z } from 'zod';
import { sourceKinds } from '../config/sources-schema.ts';
import { markSchema } from '../marks/mark.ts';
import { domainIds } from '../playbook/domains.ts';
import { sourceErrorCategories } from '../status/source-error-category.ts';

/**
 * The snapshot (docs/contracts.md): the public contract of `dijkwacht snapshot
 * --format json`, and what the main process pushes to the renderer on `status:changed`.
 */

const isoTimestamp = z.iso.datetime({ offset: true });

export const sourceHealths = ['ok', 'failing', 'stale'] as const;
export type SourceHealth = (typeof sourceHealths)[number];

/** Why the last poll failed: a class for people (in their language), the source's own words. */
export const sourceErrorSchema = z.strictObject({
  category: z.enum(sourceErrorCategories),
  /** Technical detail: the status, what the source said (scrubbed), which request. */
  detail: z.string(),
  /** No request before this (Retry-After, a rate-limit reset); null when the source set none. */
  retryAt: isoTimestamp.nullable(),
});
export type SourceErrorState = z.infer<typeof sourceErrorSchema>;

/**
 * A source a coordinator paused: not polled until resumed, its health `stale`, so the domains
 * it feeds read `unknown`. Since when, and who paused it (the operator's name).
 */
export const sourcePausedSchema = z.strictObject({
  since: isoTimestamp,
  by: z.string().min(1).max(120),
});
export type SourcePaused = z.infer<typeof sourcePausedSchema>;

export const sourceStateSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(sourceKinds),
  health: z.enum(sourceHealths),
  lastSuccessAt: isoTimestamp.nullable(),
  error: sourceErrorSchema.nullable(),
  /** When the collector polls it next; null for a one-shot read (`dijkwacht snapshot`), and
   * while paused. */
  nextPollAt: isoTimestamp.nullable(),
  /** Present only while a coordinator has paused the source (added after the first release:
   * absent, never null, so older readers and snapshots stay as they were). */
  paused: sourcePausedSchema.optional(),
});
export type SourceState = z.infer<typeof sourceStateSchema>;

export { markSchema, severities, type Mark, type Severity } from '../marks/mark.ts';

/** Worst first: the order in which statuses win when a domain has several reasons. */
export const domainStatuses = ['critical', 'warning', 'unknown', 'ok'] as const;
export type DomainStatus = (typeof domainStatuses)[number];

export const domainSnapshotSchema = z.strictObject({
  id: z.enum(domainIds),
  status: z.enum(domainStatuses),
  /** When the domain entered this status; null where nobody watched it change (one-shot). */
  since: isoTimestamp.nullable(),
  /** The ids of the configured sources that feed it (docs/contracts.md). */
  sources: z.array(z.string()),
  /** The oldest last success among them: the age of the data behind the status; null when
   * one has delivered nothing yet, or none feeds it. */
  dataAt: isoTimestamp.nullable(),
  marks: z.array(markSchema),
  /** Role ids of the playbook that act on the domain, most directly involved first. */
  roles: z.array(z.string()),
  /** Its communication line (the text is the playbook's): the roles it names, and whether the
   * people it needs were redacted, so the viewer says to fill them in from the contacts. */
  line: z.strictObject({ roles: z.array(z.string()), redacted: z.boolean() }),
});
export type DomainSnapshot = z.infer<typeof domainSnapshotSchema>;

/**
 * Whether the timeline is being written: a failing store keeps the status live on screen and
 * says loudly how many events wait to be written. Null where nothing records (the `snapshot`
 * command).
 */
export const timelineStateSchema = z.strictObject({
  state: z.enum(['ok', 'failing']),
  /** Events that could not be written yet; retried until they are. */
  pending: z.number().int().min(0),
  error: z.string().nullable(),
  /** The newest committed seq, 0 for an empty timeline. */
  lastSeq: z.number().int().min(0),
});
export type TimelineState = z.infer<typeof timelineStateSchema>;

export const snapshotSchema = z.strictObject({
  generatedAt: isoTimestamp,
  demo: z.boolean(),
  timeline: timelineStateSchema.nullable(),
  sources: z.array(sourceStateSchema),
  domains: z.array(domainSnapshotSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
