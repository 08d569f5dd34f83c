import { z } from 'zod';
import { parseTopdeskDate } from './dates.ts';

/**
 * The part of TOPdesk's incident object (docs/sources.md, "The incident object") the dashboard reads. Unknown
 * keys are stripped; the fields we use are strict in type, bounded in size, and reference
 * fields may be null, as the documentation warns.
 */

/** What `fields=` asks for: exactly the keys below, so a page carries nothing we discard. */
export const INCIDENT_FIELDS = [
  'id',
  'number',
  'briefDescription',
  'category',
  'subcategory',
  'priority',
  'operatorGroup',
  'processingStatus',
  'callDate',
  'modificationDate',
  'closed',
  'completed',
  'majorCall',
] as const;

/** The most incidents one page may hold; TOPdesk's own page-size maximum is far below it. */
export const MAX_ROWS_PER_PAGE = 10_000;

/** Long free text is clipped rather than refused: one verbose title must not blank the queue. */
function clippedText(max: number) {
  return z.string().transform((text) => (text.length > max ? `${text.slice(0, max - 1)}…` : text));
}

/** A `{id, name}` reference: its name, or null when the reference (or its name) is absent. */
const referenceName = z
  .object({ name: clippedText(200).nullish() })
  .nullish()
  .transform((reference) => reference?.name ?? null);

const topdeskDate = z.string().transform((text, ctx) => {
  const iso = parseTopdeskDate(text);
  if (iso === null) ctx.addIssue({ code: 'custom', message: 'expected a TOPdesk date' });
  return iso ?? '';
});

export const incidentSchema = z.object({
  id: z.string().min(1).max(200),
  number: z.string().max(100),
  briefDescription: clippedText(500)
    .nullish()
    .transform((text) => text ?? ''),
  category: referenceName,
  subcategory: referenceName,
  priority: referenceName,
  operatorGroup: referenceName,
  processingStatus: referenceName,
  callDate: topdeskDate,
  modificationDate: topdeskDate,
  closed: z.boolean(),
  completed: z.boolean(),
  majorCall: z.boolean(),
});
export type ParsedIncident = z.output<typeof incidentSchema>;

/** One page of `GET /incidents`: a bare JSON array (docs/sources.md, "Paging"). */
export const incidentPageSchema = z.array(incidentSchema).max(MAX_ROWS_PER_PAGE);
