import type { Config } from '../../shared/config/parse-config.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import type { Clock } from '../time/clock.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/open-sqlite.ts';

// What append() rejects a draft with, whatever the engine, so callers need not reach into one.
export { InvalidDraftError } from './rows/validate-draft.ts';

export interface OpenStoreOptions {
  /** Export, verify, log: never writes, never blocks the collector. */
  readonly readOnly?: boolean;
  /** The collector's first start creates the store; every other caller needs one to exist. */
  readonly create?: boolean;
  /** Dates the collector's claim on an SQLite store (default systemClock); PostgreSQL uses the server's clock. */
  readonly clock?: Clock;
  /**
   * A PostgreSQL password the config gives as `{ env: NAME }`; without it PGPASSWORD, then
   * ~/.pgpass, as libpq reads them. Never part of the URL.
   */
  readonly password?: string;
}

/** Whether `location` names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the timeline at `location`: a `postgres://` URL is the shared war room's PostgreSQL
 * store, anything else an SQLite file (docs/timeline.md).
 */
export async function openTimelineStore(
  location: string,
  options: OpenStoreOptions = {},
): Promise<TimelineStore> {
  if (isPostgresUrl(location)) return openPostgresStore(location, options);
  return openSqliteStore(location, options);
}

/** The config's `store.password` as openTimelineStore's option, or nothing (docs/config.md#store). */
export function configStorePassword(config: Config | null | undefined): { password?: string } {
  const password = config?.store?.password;
  return password ? { password: password.reveal() } : {};
}
