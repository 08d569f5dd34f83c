import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { canonicalJson, eventHash } from '../event-hash.ts';
import { refSeqOf } from './rows.ts';
import type { ValidDraft } from './validate-draft.ts';

/** One event's column values, in the order of the events table (both engines). */
export type EventValues = [
  seq: number,
  at: string,
  kind: string,
  domain: string | null,
  source: string | null,
  actor: string,
  summary: string,
  data: string,
  refSeq: number | null,
  markKey: string | null,
  prevHash: string,
  hash: string,
];

export interface ChainedBatch {
  readonly events: TimelineEvent[];
  readonly rows: EventValues[];
  /** The hash of the batch's last event: the chain's new head. */
  readonly lastHash: string;
}

/**
 * Numbers a batch after `lastSeq` and chains each event to the one before, as every store
 * writes them: the data as canonical JSON text (what the hash covers), so the same drafts give
 * the same events and hashes in an SQLite file and in PostgreSQL.
 */
export function chainDrafts(
  valid: readonly ValidDraft[],
  lastSeq: number,
  lastHash: string,
): ChainedBatch {
  let prevHash = lastHash;
  const rows: EventValues[] = [];
  const events = valid.map((draft, index) => {
    const event = { ...draft.event, seq: lastSeq + index + 1 } as TimelineEvent;
    const data = canonicalJson(event.data);
    const hash = eventHash(prevHash, { ...event, data });
    const { seq, at, kind, domain, source, actor, summary } = event;
    rows.push([
      seq,
      at,
      kind,
      domain,
      source,
      actor,
      summary,
      data,
      refSeqOf(event),
      draft.markKey,
      prevHash,
      hash,
    ]);
    prevHash = hash;
    return event;
  });
  return { events, rows, lastHash: prevHash };
}
