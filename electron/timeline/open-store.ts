import { StoreOpenError, type TimelineStore } from '../../shared/timeline/timeline-store.ts';
import type { Clock } from '../time/clock.ts';
import { openSqliteStore } from './sqlite/open-sqlite.ts';

// What append() rejects a draft with, whatever the engine, so callers need not reach into one.
export { InvalidDraftError } from './sqlite/validate-draft.ts';

export interface OpenStoreOptions {
  /** Export, verify, log: never writes, never blocks the collector. */
  readonly readOnly?: boolean;
  /** The collector's first start creates the store; every other caller needs one to exist. */
  readonly create?: boolean;
  /** Dates the collector's claim on the store (default systemClock). */
  readonly clock?: Clock;
}

/** Opens the timeline at `location`: a file path is SQLite (docs/timeline.md). */
export async function openTimelineStore(
  location: string,
  options: OpenStoreOptions = {},
): Promise<TimelineStore> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // A connection URL may carry a password: the message names the server, not the user.
    const named = location.replace(/\/\/[^/@]*@/, '//');
    throw new StoreOpenError(named, 'PostgreSQL stores arrive with the shared war room');
  }
  return openSqliteStore(location, options);
}
