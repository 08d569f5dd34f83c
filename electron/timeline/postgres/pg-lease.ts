import type pg from 'pg';
import { z } from 'zod';
import type { ClaimResult, CollectorHolder } from '../../../shared/timeline/timeline-store.ts';
import { connectWithin, endOrDestroy, queryWithin } from './pg-connection-ends.ts';

/**
 * Who collects into a shared store (docs/war-room.md). The active collector holds a session
 * advisory lock on a connection of its own: when its process dies the server sees the socket
 * close and frees the lock at once, so a standby's next claim wins. The lease row says who
 * holds it and when it last renewed (by the server's clock): a holder cut off by the network
 * leaves a lingering session that still holds the lock, and a row no longer renewed lets a
 * standby end that session. Appends and publications are fenced by the row (assertLeaseHolder).
 */
export interface PgLease {
  claim(holder: CollectorHolder, staleAfterMs: number): Promise<ClaimResult>;
  /** True while the claim is ours; false once someone else took it over. Throws when unreachable. */
  renew(holder: CollectorHolder): Promise<boolean>;
  release(holder: CollectorHolder): Promise<void>;
  /**
   * The holder id of our last successful claim, until release or close — also after losing
   * it, so that the fence keeps rejecting our writes. Null when we never claimed.
   */
  heldId(): string | null;
  close(): Promise<void>;
}

/** The session advisory lock of the active collector: 0x446a6b77, "Djkw". */
export const COLLECTOR_LOCK_KEY = 1147694967;

export const collectorHolderSchema = z.strictObject({
  id: z.string(),
  pid: z.number().int().positive(),
  host: z.string(),
  startedAt: z.string(),
  label: z.string(),
});

export class LeaseLostError extends Error {
  override readonly name = 'LeaseLostError';
  constructor() {
    super('another collector took over this store');
  }
}

/** Inside the caller's transaction: the lease row is ours and stays so until it commits. */
export async function assertLeaseHolder(client: pg.ClientBase, holderId: string): Promise<void> {
  const result = await client.query<{ holder_id: string }>(
    'SELECT holder_id FROM dijkwacht.collector_lease WHERE id = 1 FOR SHARE',
  );
  if (result.rows[0]?.holder_id !== holderId) throw new LeaseLostError();
}

/** How long a claimant waits for a lock that is held with no row yet (a claim in progress). */
const ROWLESS_WAIT_MS = 1_000;
/** How long pg_terminate_backend waits for the ended session to exit (and free the lock). */
const TERMINATE_WAIT_MS = 2_000;
const RETRY_PAUSE_MS = 50;

const UPSERT_LEASE = `
  INSERT INTO dijkwacht.collector_lease (id, holder_id, holder, lock_pid, renewed_at)
  VALUES (1, $1, $2, pg_backend_pid(), clock_timestamp())
  ON CONFLICT (id) DO UPDATE SET holder_id = excluded.holder_id, holder = excluded.holder,
    lock_pid = excluded.lock_pid, renewed_at = excluded.renewed_at`;

const RENEW_LEASE = `
  UPDATE dijkwacht.collector_lease SET renewed_at = clock_timestamp(), lock_pid = pg_backend_pid()
  WHERE id = 1 AND holder_id = $1`;

/**
 * Ends the session named in the lease row if it still holds the collector lock and the row
 * is stale by the server's clock (or is ours: our own session, lingering after a cut). One
 * statement, so a holder that renewed meanwhile is not ended on an old reading.
 */
const END_LINGERING_HOLDER = `
  SELECT pg_terminate_backend(l.pid, ${TERMINATE_WAIT_MS}) AS ended
  FROM dijkwacht.collector_lease c
  JOIN pg_locks l ON l.pid = c.lock_pid
  WHERE c.id = 1
    AND (c.renewed_at < clock_timestamp() - $1 * interval '1 millisecond' OR c.holder_id = $2)
    AND l.locktype = 'advisory' AND l.classid = 0 AND l.objid = ${COLLECTOR_LOCK_KEY}
    AND l.objsubid = 1 AND l.granted
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

interface LockConnection {
  readonly client: pg.Client;
  lost: boolean;
}

interface LeaseRow {
  readonly holder: string;
  readonly renewed_at: Date;
}

export function createPgLease(pool: pg.Pool, connect: () => Promise<pg.Client>): PgLease {
  let lock: LockConnection | null = null;
  /**
   * A standby's connection that did not get the lock, kept for its next try: a standby asks
   * every quarter heartbeat, and a new connection (TCP, TLS, SCRAM) each time is wasted work.
   */
  let spare: LockConnection | null = null;
  let held: string | null = null;
  const serial = serialiser();

  const candidateConnection = async () => {
    const kept = spare;
    spare = null;
    if (kept !== null && !kept.lost) return kept;
    if (kept !== null) await endQuietly(kept);
    return openLockConnection(connect);
  };

  const dropSpare = async () => {
    const kept = spare;
    spare = null;
    if (kept !== null) await endQuietly(kept);
  };

  const dropLock = async (quietly: boolean) => {
    const current = lock;
    lock = null;
    if (current === null) return;
    if (!current.lost) {
      await timed(current, 'SELECT pg_advisory_unlock($1)', [COLLECTOR_LOCK_KEY]).catch(
        (error: unknown) => (quietly ? undefined : Promise.reject(error)),
      );
    }
    await endQuietly(current);
  };

  /** A lock connection holding the lock with our row on it, or null when another holds it. */
  const takeLock = async (holder: CollectorHolder, staleAfterMs: number) => {
    const candidate = await candidateConnection();
    try {
      if (await tryTake(candidate, pool, holder, staleAfterMs)) return candidate;
    } catch (error) {
      await endQuietly(candidate);
      throw error;
    }
    spare = candidate;
    return null;
  };

  const claim = async (holder: CollectorHolder, staleAfterMs: number): Promise<ClaimResult> => {
    if (lock !== null && !lock.lost) {
      await timed(lock, UPSERT_LEASE, [holder.id, JSON.stringify(holder)]);
      held = holder.id;
      return { ok: true };
    }
    await dropLock(true);
    const taken = await takeLock(holder, staleAfterMs);
    if (taken === null) return refusal(pool);
    try {
      await timed(taken, UPSERT_LEASE, [holder.id, JSON.stringify(holder)]);
    } catch (error) {
      await endQuietly(taken);
      throw error;
    }
    lock = taken;
    held = holder.id;
    return { ok: true };
  };

  const renewOnLock = async (current: LockConnection, holder: CollectorHolder) => {
    const result = await timed(current, RENEW_LEASE, [holder.id]);
    return (result.rowCount ?? 0) > 0;
  };

  const renew = async (holder: CollectorHolder): Promise<boolean> => {
    const current = lock;
    if (current !== null && !current.lost) {
      try {
        return await renewOnLock(current, holder);
      } catch (error) {
        // A live lock connection that fails a query is gone; else the server refused the query.
        if (!current.lost) throw error;
      }
    }
    // Our lock connection died (a server restart, a cut): take the lock again if still ours.
    await dropLock(true);
    if (held !== holder.id) return false;
    const taken = await takeLock(holder, Number.POSITIVE_INFINITY);
    if (taken === null) return false;
    if (await renewOnLock(taken, holder)) {
      lock = taken;
      return true;
    }
    await endQuietly(taken);
    return false;
  };

  const release = async (holderId: string, quietly: boolean) => {
    try {
      await dropLock(quietly);
      await pool.query('DELETE FROM dijkwacht.collector_lease WHERE id = 1 AND holder_id = $1', [
        holderId,
      ]);
    } catch (error) {
      if (!quietly) throw error;
    } finally {
      if (held === holderId) held = null;
    }
  };

  return {
    claim: (holder, staleAfterMs) => serial(() => claim(holder, staleAfterMs)),
    renew: (holder) => serial(() => renew(holder)),
    release: (holder) => serial(() => release(holder.id, false)),
    heldId: () => held,
    close: () =>
      serial(async () => {
        await dropSpare();
        await (held === null ? dropLock(true) : release(held, true));
      }),
  };
}

/**
 * Tries the advisory lock; when another session holds it and the row says that session is
 * no longer renewing, ends it and tries again.
 */
async function tryTake(
  candidate: LockConnection,
  pool: pg.Pool,
  holder: CollectorHolder,
  staleAfterMs: number,
): Promise<boolean> {
  const deadline = Date.now() + ROWLESS_WAIT_MS;
  for (;;) {
    if (await tryLock(candidate)) return true;
    const row = await readLeaseRow(pool);
    if (row !== null) {
      const ended = await pool.query<{ ended: boolean }>(END_LINGERING_HOLDER, [
        Number.isFinite(staleAfterMs) ? staleAfterMs : null,
        holder.id,
      ]);
      if (!ended.rows.some((endedRow) => endedRow.ended)) return false;
      // The ended session frees its lock as it exits; a moment later it is free.
      return waitForLock(candidate);
    }
    // A lock without a row: another claim is between its lock and its row.
    if (Date.now() >= deadline) return false;
    await pause(RETRY_PAUSE_MS);
  }
}

async function waitForLock(candidate: LockConnection): Promise<boolean> {
  const deadline = Date.now() + TERMINATE_WAIT_MS;
  for (;;) {
    if (await tryLock(candidate)) return true;
    if (Date.now() >= deadline) return false;
    await pause(RETRY_PAUSE_MS);
  }
}

async function tryLock(candidate: LockConnection): Promise<boolean> {
  const result = await timed(candidate, 'SELECT pg_try_advisory_lock($1) AS got', [
    COLLECTOR_LOCK_KEY,
  ]);
  return result.rows[0]?.got === true;
}

async function readLeaseRow(pool: pg.Pool): Promise<LeaseRow | null> {
  const result = await pool.query<LeaseRow>(
    'SELECT holder, renewed_at FROM dijkwacht.collector_lease WHERE id = 1',
  );
  return result.rows[0] ?? null;
}

/** Who holds the store, for the refusal message. */
async function refusal(pool: pg.Pool): Promise<ClaimResult> {
  const row = await readLeaseRow(pool);
  return {
    ok: false,
    holder: (row && parseHolder(row.holder)) ?? UNKNOWN_HOLDER,
    renewedAt: (row?.renewed_at ?? new Date()).toISOString(),
  };
}

/** The lock is held by a session that wrote no row this build can read. */
const UNKNOWN_HOLDER: CollectorHolder = {
  id: 'unknown',
  pid: 0,
  host: 'unknown',
  startedAt: 'unknown',
  label: 'an unknown session holding the collector lock',
};

function parseHolder(text: string): CollectorHolder | null {
  try {
    const parsed = collectorHolderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function openLockConnection(connect: () => Promise<pg.Client>): Promise<LockConnection> {
  const client = await connectWithin(connect);
  const connection: LockConnection = { client, lost: false };
  // An idle client's error (its session ended, the server restarted) must not crash the process.
  client.on('error', () => void (connection.lost = true));
  client.on('end', () => void (connection.lost = true));
  return connection;
}

/** A query on the lock connection; one that fails for want of a connection marks it lost. */
async function timed(
  connection: LockConnection,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult> {
  try {
    return await queryWithin(connection.client, text, values);
  } catch (error) {
    if (isConnectionFailure(error)) connection.lost = true;
    throw error;
  }
}

/** An error without an SQLSTATE is the connection's (or our deadline's), not the query's. */
function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code !== 'string' || code.startsWith('57P') || code.startsWith('08');
}

async function endQuietly(connection: LockConnection): Promise<void> {
  connection.lost = true;
  await endOrDestroy(connection.client);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs the lease's operations one at a time: a renew never overlaps a claim or release. */
function serialiser() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const result = tail.then(operation, operation);
    tail = result.catch(() => undefined);
    return result;
  };
}
