import type { DatabaseSync } from 'node:sqlite';
import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import { canonicalJson, eventHash, GENESIS_HASH } from '../event-hash.ts';
import { refSeqOf } from './rows.ts';
import { immediateTransaction } from './transaction.ts';
import { validateDrafts, type ValidDraft } from './validate-draft.ts';

export type Append = (drafts: readonly EventDraft[]) => TimelineEvent[];

/**
 * Numbers and writes a batch in one IMMEDIATE transaction. The newest seq and hash are read
 * inside it every time rather than cached: the collector and the CLI append to the same file,
 * and the write lock is the only moment either knows what the other wrote.
 */
export function createAppend(db: DatabaseSync): Append {
  const newest = db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO events (seq, at, kind, domain, source, actor, summary, data, ref_seq, mark_key, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (drafts) => {
    const valid = validateDrafts(drafts);
    if (valid.length === 0) return [];
    return immediateTransaction(db, () => {
      const last = newest.get() as { seq: number; hash: string } | undefined;
      let prevHash = last?.hash ?? GENESIS_HASH;
      return valid.map((draft, index) => {
        const event = { ...draft.event, seq: (last?.seq ?? 0) + index + 1 };
        prevHash = write(insert, event, draft, prevHash);
        return event;
      });
    });
  };
}

/** Inserts one numbered event chained to `prevHash`; returns its own hash. */
function write(
  insert: ReturnType<DatabaseSync['prepare']>,
  event: TimelineEvent,
  draft: ValidDraft,
  prevHash: string,
): string {
  const data = canonicalJson(event.data);
  const hash = eventHash(prevHash, { ...event, data });
  const { seq, at, kind, domain, source, actor, summary } = event;
  insert.run(
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
  );
  return hash;
}
