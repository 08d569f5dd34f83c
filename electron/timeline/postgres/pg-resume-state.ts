import type pg from 'pg';
import type { DomainStatus, SourceHealth } from '../../../shared/snapshot/snapshot-schema.ts';
import type { EventOf, TimelineEvent } from '../../../shared/timeline/event.ts';
import type { OpenMarkRecord, ResumeState } from '../../../shared/timeline/timeline-store.ts';
import { EVENT_COLUMNS, rowToEvent, type EventColumns } from '../rows/rows.ts';
import { lastPgSeq } from './pg-read.ts';
import { pgTransaction } from './pg-transaction.ts';

/**
 * What a restarted collector carries on from, with the meaning of the SQLite store's
 * (sqlite/resume-state.ts), read in one REPEATABLE READ snapshot so an append committed
 * meanwhile is either wholly in it or wholly out.
 */
export async function readPgResumeState(pool: pg.Pool): Promise<ResumeState> {
  return pgTransaction(
    pool,
    async (client) => {
      const statusEvents = await newestOf(client, 'domain-status', 'domain');
      const healthEvents = await newestOf(client, 'source-health', 'source');
      return {
        lastSeq: await lastPgSeq(client),
        domainStatus: mapOf(statusEvents, (event) => (event.data as { to: DomainStatus }).to),
        domainStatusSince: mapOf(statusEvents, (event) => event.at),
        sourceHealth: mapOf(healthEvents, (event) => (event.data as { to: SourceHealth }).to),
        openMarks: await openMarks(client),
        openCriteria: await openCriteria(client),
      };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** The newest event of a kind per (non-null) value of a column, in byte order as SQLite's. */
async function newestOf(
  client: pg.ClientBase,
  kind: 'domain-status' | 'source-health',
  column: 'domain' | 'source',
): Promise<Map<string, TimelineEvent>> {
  const result = await client.query<EventColumns>(
    `SELECT DISTINCT ON (${column} COLLATE "C") ${EVENT_COLUMNS} FROM dijkwacht.events
     WHERE kind = $1 AND ${column} IS NOT NULL ORDER BY ${column} COLLATE "C", seq DESC`,
    [kind],
  );
  return new Map(result.rows.map((row) => [String(row[column]), rowToEvent(row)]));
}

function mapOf<T>(
  events: ReadonlyMap<string, TimelineEvent>,
  pick: (event: TimelineEvent) => T,
): Map<string, T> {
  return new Map([...events].map(([key, event]) => [key, pick(event)]));
}

type MarkRow = EventColumns & { readonly mark_key: string | null };
type FollowUpRow = EventColumns & { readonly ref_seq: number };
type FollowUp = EventOf<'mark-acknowledged'> | EventOf<'mark-snoozed'>;

/** `mark-raised` events no `mark-cleared` refers to, with their follow-ups. */
async function openMarks(client: pg.ClientBase): Promise<OpenMarkRecord[]> {
  const result = await client.query<MarkRow>(
    `SELECT ${EVENT_COLUMNS}, mark_key FROM dijkwacht.events AS raised
     WHERE kind = 'mark-raised' AND NOT EXISTS (
       SELECT 1 FROM dijkwacht.events WHERE ref_seq = raised.seq AND kind = 'mark-cleared')
     ORDER BY seq`,
  );
  const followUps = await followUpsOf(
    client,
    result.rows.map((row) => Number(row.seq)),
  );
  return result.rows.map((row) => ({
    raised: rowToEvent(row) as EventOf<'mark-raised'>,
    markKey: row.mark_key,
    acknowledgements: (followUps.get(Number(row.seq)) ?? []).filter(isKind('mark-acknowledged')),
    snoozes: (followUps.get(Number(row.seq)) ?? []).filter(isKind('mark-snoozed')),
  }));
}

/** The acknowledgements and snoozes of the given raised marks, by raised seq, oldest first. */
async function followUpsOf(
  client: pg.ClientBase,
  raisedSeqs: readonly number[],
): Promise<Map<number, FollowUp[]>> {
  const byRaised = new Map<number, FollowUp[]>();
  if (raisedSeqs.length === 0) return byRaised;
  const result = await client.query<FollowUpRow>(
    `SELECT ${EVENT_COLUMNS}, ref_seq FROM dijkwacht.events
     WHERE ref_seq = ANY($1::bigint[]) AND kind IN ('mark-acknowledged', 'mark-snoozed')
     ORDER BY seq`,
    [raisedSeqs],
  );
  for (const row of result.rows) {
    const list = byRaised.get(Number(row.ref_seq)) ?? [];
    list.push(rowToEvent(row) as FollowUp);
    byRaised.set(Number(row.ref_seq), list);
  }
  return byRaised;
}

function isKind<K extends FollowUp['kind']>(kind: K) {
  return (event: FollowUp): event is EventOf<K> => event.kind === kind;
}

/**
 * `criterion-met` events after their domain's last `criterion-withdrawn`; events without a
 * domain form a group of their own (DISTINCT ON and IS NOT DISTINCT FROM treat NULLs as one).
 */
async function openCriteria(client: pg.ClientBase): Promise<EventOf<'criterion-met'>[]> {
  const result = await client.query<EventColumns>(
    `WITH withdrawn AS (
       SELECT DISTINCT ON (domain) domain, seq FROM dijkwacht.events
       WHERE kind = 'criterion-withdrawn' ORDER BY domain, seq DESC)
     SELECT ${EVENT_COLUMNS.split(', ')
       .map((column) => `met.${column}`)
       .join(', ')}
     FROM dijkwacht.events AS met
     LEFT JOIN withdrawn ON withdrawn.domain IS NOT DISTINCT FROM met.domain
     WHERE met.kind = 'criterion-met' AND met.seq > coalesce(withdrawn.seq, 0)
     ORDER BY met.seq`,
  );
  return result.rows.map((row) => rowToEvent(row) as EventOf<'criterion-met'>);
}
