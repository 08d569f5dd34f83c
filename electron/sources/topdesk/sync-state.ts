import type { Ticket } from '../../../shared/signals/signals.ts';

/**
 * What the client knows between polls. Immutable: a poll builds the next state only after
 * every page arrived, so a failed poll leaves this one, cursor included, exactly as it was.
 */
export interface SyncState {
  readonly tickets: ReadonlyMap<string, Ticket>;
  /** The newest modificationDate seen (ISO UTC); deltas ask for changes after it. */
  readonly cursor: string | null;
  /** The poll's wall time (ms) of the last complete full sync. */
  readonly fullSyncAt: number | null;
}

export const initialSyncState: SyncState = { tickets: new Map(), cursor: null, fullSyncAt: null };

/** Which incidents the client keeps: open ones, and any called in within the lookback. */
export interface Retention {
  readonly lookbackMs: number;
  readonly now: Date;
}

/** A full read is due at the start, every resyncInterval, and after the clock went back. */
export function fullSyncDue(state: SyncState, now: Date, resyncIntervalMs: number): boolean {
  if (state.cursor === null || state.fullSyncAt === null) return true;
  const elapsed = now.getTime() - state.fullSyncAt;
  return elapsed < 0 || elapsed >= resyncIntervalMs;
}

/** The state after a full read: exactly the rows read (deleted or archived ones are gone). */
export function afterFullSync(rows: ReadonlyMap<string, Ticket>, retention: Retention): SyncState {
  const cutoff = lookbackCutoff(retention);
  const tickets = new Map<string, Ticket>();
  for (const [id, ticket] of rows) if (kept(ticket, cutoff)) tickets.set(id, ticket);
  return { tickets, cursor: newestModification(null, rows), fullSyncAt: retention.now.getTime() };
}

/** The state after a delta: changes applied, closed incidents past the lookback dropped. */
export function afterDelta(
  state: SyncState,
  changes: ReadonlyMap<string, Ticket>,
  retention: Retention,
): SyncState {
  const cutoff = lookbackCutoff(retention);
  const tickets = new Map<string, Ticket>();
  for (const [id, ticket] of state.tickets) if (kept(ticket, cutoff)) tickets.set(id, ticket);
  for (const [id, ticket] of changes) {
    if (kept(ticket, cutoff)) tickets.set(id, ticket);
    else tickets.delete(id);
  }
  return { ...state, tickets, cursor: newestModification(state.cursor, changes) };
}

function lookbackCutoff(retention: Retention): string {
  return new Date(retention.now.getTime() - retention.lookbackMs).toISOString();
}

// Both sides are toISOString() output, so comparing the strings compares the instants.
function kept(ticket: Ticket, cutoff: string): boolean {
  return !ticket.closed || ticket.callDate > cutoff;
}

function newestModification(
  cursor: string | null,
  rows: ReadonlyMap<string, Ticket>,
): string | null {
  let newest = cursor;
  for (const ticket of rows.values()) {
    if (newest === null || ticket.modificationDate > newest) newest = ticket.modificationDate;
  }
  return newest;
}
