import type { DatabaseSync } from 'node:sqlite';
import type { DomainStatus, SourceHealth } from '../../../shared/snapshot/snapshot-schema.ts';
import type { EventOf, TimelineEvent } from '../../../shared/timeline/event.ts';
import type { OpenMarkRecord, ResumeState } from '../../../shared/timeline/timeline-store.ts';
import { lastSeq } from './read-events.ts';
import {
  FOLLOW_UPS_SQL,
  newestPerGroupSql,
  OPEN_CRITERIA_SQL,
  OPEN_MARKS_SQL,
} from './resume-queries.ts';
import { rowToEvent, type EventColumns } from '../rows/rows.ts';
import { readTransaction } from './transaction.ts';

/** What a restarted collector carries on from, read from one snapshot of the file. */
export function readResumeState(db: DatabaseSync): ResumeState {
  return readTransaction(db, () => {
    const statusEvents = newestOf(db, 'domain-status', 'domain');
    return {
      lastSeq: lastSeq(db),
      domainStatus: mapOf(statusEvents, (event) => (event.data as { to: DomainStatus }).to),
      domainStatusSince: mapOf(statusEvents, (event) => event.at),
      sourceHealth: mapOf(newestOf(db, 'source-health', 'source'), (event) => {
        return (event.data as { to: SourceHealth }).to;
      }),
      openMarks: openMarks(db),
      openCriteria: openCriteria(db),
    };
  });
}

/** The newest event of a kind for each value of a column, by that value. */
function newestOf(
  db: DatabaseSync,
  kind: 'domain-status' | 'source-health',
  column: 'domain' | 'source',
): Map<string, TimelineEvent> {
  const rows = db.prepare(newestPerGroupSql(kind, column)).all() as unknown as EventColumns[];
  return new Map(rows.map((row) => [String(row[column]), rowToEvent(row)]));
}

function mapOf<T>(
  events: ReadonlyMap<string, TimelineEvent>,
  pick: (event: TimelineEvent) => T,
): Map<string, T> {
  return new Map([...events].map(([key, event]) => [key, pick(event)]));
}

type MarkRow = EventColumns & { readonly mark_key: string | null };
type FollowUpRow = EventColumns & { readonly ref_seq: number };

function openMarks(db: DatabaseSync): OpenMarkRecord[] {
  const rows = db.prepare(OPEN_MARKS_SQL).all() as unknown as MarkRow[];
  const followUps = followUpsOf(
    db,
    rows.map((row) => row.seq),
  );
  return rows.map((row) => ({
    raised: rowToEvent(row) as EventOf<'mark-raised'>,
    markKey: row.mark_key,
    acknowledgements: (followUps.get(row.seq) ?? []).filter(isKind('mark-acknowledged')),
    snoozes: (followUps.get(row.seq) ?? []).filter(isKind('mark-snoozed')),
  }));
}

type FollowUp = EventOf<'mark-acknowledged'> | EventOf<'mark-snoozed'>;

/** The acknowledgements and snoozes of the given raised marks, by raised seq, oldest first. */
function followUpsOf(db: DatabaseSync, raisedSeqs: readonly number[]): Map<number, FollowUp[]> {
  const rows = db
    .prepare(FOLLOW_UPS_SQL)
    .all(JSON.stringify(raisedSeqs)) as unknown as FollowUpRow[];
  const byRaised = new Map<number, FollowUp[]>();
  for (const row of rows) {
    const list = byRaised.get(row.ref_seq) ?? [];
    list.push(rowToEvent(row) as FollowUp);
    byRaised.set(row.ref_seq, list);
  }
  return byRaised;
}

function isKind<K extends FollowUp['kind']>(kind: K) {
  return (event: FollowUp): event is EventOf<K> => event.kind === kind;
}

/** `criterion-met` events newer than their domain's last `criterion-withdrawn`. */
function openCriteria(db: DatabaseSync): EventOf<'criterion-met'>[] {
  const rows = db.prepare(OPEN_CRITERIA_SQL).all() as unknown as EventColumns[];
  return rows.map((row) => rowToEvent(row) as EventOf<'criterion-met'>);
}
