import type pg from 'pg';
import { z } from 'zod';
import { wallChartsSchema } from '../../../shared/charts/chart-schema.ts';
import { appInfoSchema } from '../../../shared/ipc/contract.ts';
import { playbookSchema } from '../../../shared/playbook/playbook.ts';
import { snapshotSchema } from '../../../shared/snapshot/snapshot-schema.ts';
import type { CollectorHolder } from '../../../shared/timeline/timeline-store.ts';
import type { Publication, PublishedState } from '../../../shared/timeline/war-room.ts';
import { assertLeaseHolder, collectorHolderSchema } from './pg-lease.ts';

/**
 * The collector's state for the seats (docs/war-room.md): one row, replaced on every
 * snapshot, with a NOTIFY on commit. A seat trusts the database no more than a source, so
 * reading validates all of it.
 */

/** A publication larger than this is refused unread (a snapshot is some hundreds of kB). */
export const MAX_PUBLICATION_BYTES = 8 * 1024 * 1024;

const publicationSchema = z.strictObject({
  snapshot: snapshotSchema,
  charts: wallChartsSchema,
  info: appInfoSchema.pick({ title: true, timezone: true, demo: true, wall: true }),
  playbook: playbookSchema,
});

/** Stores the publication and tells the seats, only while `holder` holds the lease. */
export async function publishState(
  pool: pg.Pool,
  publication: Publication,
  holder: CollectorHolder,
): Promise<void> {
  await inTransaction(pool, async (client) => {
    await assertLeaseHolder(client, holder.id);
    await client.query(
      `INSERT INTO dijkwacht.published (id, holder, publication, published_at)
       VALUES (1, $1, $2, clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET holder = excluded.holder,
         publication = excluded.publication, published_at = excluded.published_at`,
      [JSON.stringify(holder), JSON.stringify(publication)],
    );
    // Inside the transaction: delivered exactly when the row is committed.
    await client.query("SELECT pg_notify('dijkwacht_published', '')");
  });
}

interface PublishedRow {
  readonly holder: string;
  /** Null when the text is over the size limit: it is never sent. */
  readonly publication: string | null;
  readonly size: number;
  readonly published_at: Date;
  readonly read_at: Date;
}

/** The newest publication, validated; null when none was ever published. Throws on a bad row. */
export async function readPublishedState(pool: pg.Pool): Promise<PublishedState | null> {
  const result = await pool.query<PublishedRow>(
    `SELECT holder, CASE WHEN octet_length(publication) <= $1 THEN publication END AS publication,
       octet_length(publication) AS size, published_at, clock_timestamp() AS read_at
     FROM dijkwacht.published WHERE id = 1`,
    [MAX_PUBLICATION_BYTES],
  );
  const row = result.rows[0];
  if (row === undefined) return null;
  if (row.publication === null) {
    throw new Error(
      `the published state is too large (${row.size} bytes, at most ${MAX_PUBLICATION_BYTES})`,
    );
  }
  return {
    ...parsePart(publicationSchema, row.publication, 'the published state'),
    holder: parsePart(collectorHolderSchema, row.holder, 'the publishing collector'),
    publishedAt: row.published_at.toISOString(),
    readAt: row.read_at.toISOString(),
  };
}

/** JSON text checked against a schema; any fault becomes one line naming what and where. */
function parsePart<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${what} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`${what} is invalid${where}: ${oneLine(issue?.message ?? 'unknown problem')}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** BEGIN … COMMIT on one pooled client; a client whose connection failed is not reused. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
