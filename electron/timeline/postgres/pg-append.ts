import type pg from 'pg';
import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import { chainDrafts, type EventValues } from '../rows/chain.ts';
import { validateDrafts } from '../rows/validate-draft.ts';
import { assertWritableSchema } from './migrations.ts';
import { assertLeaseHolder } from './pg-lease.ts';
import { EVENTS_CHANNEL } from './pg-follow.ts';
import { pgTransaction } from './pg-transaction.ts';

const INSERT_EVENTS = `
  INSERT INTO dijkwacht.events
    (seq, at, kind, domain, source, actor, summary, data, ref_seq, mark_key, prev_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
    $7::text[], $8::text[], $9::bigint[], $10::text[], $11::text[], $12::text[])`;

/** The head moves and the followers are told in the same transaction: NOTIFY is sent on commit. */
const MOVE_HEAD = `
  WITH moved AS (UPDATE dijkwacht.head SET seq = $1, hash = $2 WHERE id = 1 RETURNING seq)
  SELECT pg_notify('${EVENTS_CHANNEL}', seq::text) FROM moved`;

/**
 * Numbers, chains and writes a batch in one transaction, hashing exactly as the SQLite store
 * does (rows/chain.ts), so the same drafts give the same events and hashes on either
 * engine. The head row, locked FOR UPDATE, serialises appenders of every process; with
 * `fenceHolderId` the batch is written only while that collector still holds the lease.
 * Resolves after COMMIT, which under synchronous_commit (on by default) is durable.
 */
export async function appendPg(
  pool: pg.Pool,
  drafts: readonly EventDraft[],
  fenceHolderId: string | null,
  location: string,
): Promise<TimelineEvent[]> {
  const valid = validateDrafts(drafts);
  if (valid.length === 0) return [];
  return pgTransaction(pool, async (client) => {
    // The schema version in the same read: a store opened before a newer collector migrated
    // the database must not write into a schema it does not know.
    const head = await client.query<{ seq: number; hash: string; version: number }>(
      `SELECT head.seq, head.hash, schema_version.version
       FROM dijkwacht.head, dijkwacht.schema_version WHERE head.id = 1 FOR UPDATE OF head`,
    );
    const last = head.rows[0];
    if (last === undefined) throw new Error('the timeline head row is missing');
    assertWritableSchema(location, last.version);
    if (fenceHolderId !== null) await assertLeaseHolder(client, fenceHolderId);
    const batch = chainDrafts(valid, Number(last.seq), last.hash);
    await client.query(INSERT_EVENTS, columnsOf(batch.rows));
    await client.query(MOVE_HEAD, [batch.events.at(-1)?.seq, batch.lastHash]);
    return batch.events;
  });
}

/** The batch's rows as one array per column, for the INSERT's unnest(). */
function columnsOf(rows: readonly EventValues[]): unknown[][] {
  return Array.from({ length: 12 }, (_, column) => rows.map((row) => row[column]));
}
