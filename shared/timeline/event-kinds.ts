/**
 * The timeline's event kinds and the collector's actor name, without the schemas: what a
 * viewer needs (a kind filter, "system" in a row) without loading zod into the renderer.
 * shared/timeline/event.ts gives each kind its data schema, and fails to compile if the two
 * lists part.
 */
export const eventKinds = [
  'collector-started',
  'collector-stopped',
  'source-health',
  'domain-status',
  'mark-raised',
  'mark-cleared',
  'mark-acknowledged',
  'mark-snoozed',
  'criterion-met',
  'criterion-withdrawn',
  'informed',
  'note',
  'decision',
  'export-made',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** The actor of everything the collector writes itself. */
export const SYSTEM_ACTOR = 'system';
