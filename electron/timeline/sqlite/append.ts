import type { DatabaseSync } from 'node:sqlite';
import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import { GENESIS_HASH } from '../event-hash.ts';
import { chainDrafts } from '../rows/chain.ts';
import { immediateTransaction } from './transaction.ts';
import { validateDrafts } from '../rows/validate-draft.ts';

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
      const batch = chainDrafts(valid, last?.seq ?? 0, last?.hash ?? GENESIS_HASH);
      for (const row of batch.rows) insert.run(...row);
      return batch.events;
    });
  };
}
