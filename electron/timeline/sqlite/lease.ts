import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { ClaimResult, CollectorHolder } from '../../../shared/timeline/timeline-store.ts';
import { wallDate, type Clock } from '../../time/clock.ts';
import { immediateTransaction } from './transaction.ts';

const holderSchema = z.strictObject({
  id: z.string(),
  pid: z.number().int().positive(),
  host: z.string(),
  startedAt: z.string(),
  label: z.string(),
});

export interface CollectorLease {
  claim(holder: CollectorHolder, staleAfterMs: number): ClaimResult;
  renew(holder: CollectorHolder): boolean;
  release(holder: CollectorHolder): void;
}

/** The one-row `collector_lease` table: who collects into this file, and since when renewed. */
export function createLease(db: DatabaseSync, clock: Clock): CollectorLease {
  const now = () => wallDate(clock);
  const current = db.prepare('SELECT holder, renewed_at FROM collector_lease WHERE id = 1');
  const take = db.prepare(
    `INSERT INTO collector_lease (id, holder_id, holder, renewed_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET
       holder_id = excluded.holder_id, holder = excluded.holder, renewed_at = excluded.renewed_at`,
  );
  const renew = db.prepare(
    'UPDATE collector_lease SET renewed_at = ? WHERE id = 1 AND holder_id = ?',
  );
  const release = db.prepare('DELETE FROM collector_lease WHERE id = 1 AND holder_id = ?');
  return {
    // Read and take in one IMMEDIATE transaction: two collectors starting at once cannot both win.
    claim: (holder, staleAfterMs) =>
      immediateTransaction(db, () => {
        const row = current.get() as LeaseRow | undefined;
        const refused = refusal(row, holder, staleAfterMs, now());
        if (refused !== null) return refused;
        take.run(holder.id, JSON.stringify(holder), now().toISOString());
        return { ok: true };
      }),
    renew: (holder) => renew.run(now().toISOString(), holder.id).changes > 0,
    release: (holder) => void release.run(holder.id),
  };
}

interface LeaseRow {
  readonly holder: string;
  readonly renewed_at: string;
}

/** The answer to a claimant who may not take the lease, or null if it may. */
function refusal(
  row: LeaseRow | undefined,
  claimant: CollectorHolder,
  staleAfterMs: number,
  now: Date,
): ClaimResult | null {
  const held = row === undefined ? null : parseHolder(row.holder);
  if (row === undefined || held === null) return null;
  if (mayTakeOver(held, row.renewed_at, claimant, staleAfterMs, now)) return null;
  return { ok: false, holder: held, renewedAt: row.renewed_at };
}

/** Our own claim again, a claim not renewed for `staleAfterMs`, or a dead process on our host. */
function mayTakeOver(
  held: CollectorHolder,
  renewedAt: string,
  claimant: CollectorHolder,
  staleAfterMs: number,
  now: Date,
): boolean {
  if (held.id === claimant.id) return true;
  const renewed = Date.parse(renewedAt);
  if (!Number.isFinite(renewed) || now.getTime() - renewed > staleAfterMs) return true;
  return held.host === claimant.host && !processAlive(held.pid);
}

/** Signal 0 only asks whether the pid exists: ESRCH says no; EPERM says yes, someone else's. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** A holder row this build cannot read is treated as no holder: it can never be renewed. */
function parseHolder(text: string): CollectorHolder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
