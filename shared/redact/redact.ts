import { SYSTEM_ACTOR, type TimelineEvent } from '../timeline/event.ts';
import { WOO_MARK } from './patterns.ts';
import { textRedactor, type RedactionType } from './redact-text.ts';

/** The ground a Woo release cites for what it blacked out: privacy, art. 5.1 lid 2 sub e. */
export const WOO_GROUND = 'Woo 5.1.2e';

/** What was taken out of which field of which event — never the value itself. */
export interface Redaction {
  readonly seq: number;
  /** `summary`, `actor`, or a path into the data: `data.evidence.ticket.briefDescription`. */
  readonly field: string;
  readonly type: RedactionType;
}

export interface RedactedEvent {
  readonly event: TimelineEvent;
  readonly redactions: readonly Redaction[];
}

/**
 * Redacts events one at a time, for an export that streams: every text of the envelope and
 * every string anywhere in `data` (ticket titles, alert summaries and labels included) goes
 * through the same patterns and names. An actor other than `system` is a person by contract
 * (docs/timeline.md), so it never survives, even where the list lacks that name.
 */
export type EventRedactor = (event: TimelineEvent) => RedactedEvent;

export function eventRedactor(knownNames: readonly string[]): EventRedactor {
  const redactText = textRedactor(knownNames);
  return (event) => {
    const redactions: Redaction[] = [];
    const text = (value: string, field: string): string => {
      const result = redactText(value);
      for (const type of result.types) redactions.push({ seq: event.seq, field, type });
      return result.text;
    };
    const redacted = {
      ...event,
      source: event.source === null ? null : text(event.source, 'source'),
      actor: redactActor(event, text, redactions),
      summary: text(event.summary, 'summary'),
      data: redactValue(event.data, 'data', text),
    } as TimelineEvent;
    return { event: redacted, redactions };
  };
}

/** A whole timeline at once: the events redacted and, in seq order, what was taken out. */
export function redactEvents(
  events: readonly TimelineEvent[],
  knownNames: readonly string[],
): { events: TimelineEvent[]; redactions: Redaction[] } {
  const redact = eventRedactor(knownNames);
  const results = events.map(redact);
  return {
    events: results.map((result) => result.event),
    redactions: results.flatMap((result) => result.redactions),
  };
}

/** The people an export's events name themselves: actors and who met a criterion by hand. */
export function peopleIn(events: Iterable<TimelineEvent>): Set<string> {
  const people = new Set<string>();
  for (const event of events) {
    if (event.actor !== SYSTEM_ACTOR) people.add(event.actor);
    if (event.kind === 'mark-raised' && event.data.evidence.kind === 'criterion-met')
      people.add(event.data.evidence.by);
  }
  return people;
}

type RedactString = (value: string, field: string) => string;

function redactActor(event: TimelineEvent, text: RedactString, redactions: Redaction[]): string {
  if (event.actor === SYSTEM_ACTOR) return event.actor;
  const redacted = text(event.actor, 'actor');
  if (redacted !== event.actor) return redacted;
  redactions.push({ seq: event.seq, field: 'actor', type: 'name' });
  return WOO_MARK;
}

/** Every string under `value`, at its path; label names (record keys) are left as they are. */
function redactValue<T>(value: T, path: string, text: RedactString): T {
  if (typeof value === 'string') return text(value, path) as T;
  if (Array.isArray(value))
    return value.map((item, index) => redactValue(item, `${path}[${index}]`, text)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [
    key,
    redactValue(item, `${path}.${key}`, text),
  ]);
  return Object.fromEntries(entries) as T;
}
