import type { TimelineEvent } from '../../../shared/timeline/event.ts';

/** One row of `events` as node:sqlite returns it (INTEGER as number: seq stays far below 2^53). */
export interface EventRow {
  readonly seq: number;
  readonly at: string;
  readonly kind: string;
  readonly domain: string | null;
  readonly source: string | null;
  readonly actor: string;
  readonly summary: string;
  /** The event's data as canonical JSON text: what the hash covers. */
  readonly data: string;
  /** `data.raisedSeq` of an event about a raised mark, for indexed lookups. */
  readonly ref_seq: number | null;
  readonly mark_key: string | null;
  readonly prev_hash: string;
  readonly hash: string;
}

/** The columns an event is made from. */
export const EVENT_COLUMNS = 'seq, at, kind, domain, source, actor, summary, data';
export const ALL_COLUMNS = `${EVENT_COLUMNS}, ref_seq, mark_key, prev_hash, hash`;

export type EventColumns = Pick<
  EventRow,
  'seq' | 'at' | 'kind' | 'domain' | 'source' | 'actor' | 'summary' | 'data'
>;

/** The event a row holds. Not validated here: the store wrote it validated, verify() rechecks. */
export function rowToEvent(row: EventColumns): TimelineEvent {
  const { seq, at, kind, domain, source, actor, summary, data } = row;
  return { seq, at, kind, domain, source, actor, summary, data: JSON.parse(data) } as TimelineEvent;
}

export function rowsToEvents(rows: readonly unknown[]): TimelineEvent[] {
  return rows.map((row) => rowToEvent(row as EventColumns));
}

/** The seq of the raised mark an event refers to, for the `ref_seq` column. */
export function refSeqOf(event: TimelineEvent): number | null {
  switch (event.kind) {
    case 'mark-cleared':
    case 'mark-acknowledged':
    case 'mark-snoozed':
      return event.data.raisedSeq;
    default:
      return null;
  }
}
