import { DatabaseSync } from 'node:sqlite';
import { systemClock, type Clock } from '../../time/clock.ts';
import { registerFilterFunctions } from './event-filter.ts';
import { migrate } from './migrations.ts';
import { applySettings, BUSY_TIMEOUT_MS } from './pragmas.ts';
import { asOpenError } from './sqlite-errors.ts';
import { SqliteTimelineStore } from './sqlite-store.ts';
import { inspectStoreFile, type OpenIntent } from './store-file.ts';
import { checkIdentity } from './store-identity.ts';

export interface SqliteOpenOptions {
  /** For export, verify and log: reads under WAL, so a running collector is never blocked. */
  readonly readOnly?: boolean;
  /** Only the collector creates a missing file; every other caller is told it is missing. */
  readonly create?: boolean;
  /** Its wall time dates the collector lease; tests move a FakeClock. */
  readonly clock?: Clock;
}

/**
 * Opens (or, with `create`, creates) a timeline file. Anything that is not a timeline this
 * build can use — another program's database, a newer schema, a damaged file — is refused
 * with a StoreOpenError naming the file, before a single byte of it is written.
 */
export async function openSqliteStore(
  file: string,
  options: SqliteOpenOptions = {},
): Promise<SqliteTimelineStore> {
  const intent: OpenIntent = {
    readOnly: options.readOnly ?? false,
    create: options.create ?? false,
  };
  inspectStoreFile(file, intent);
  const db = asOpenError(
    file,
    () => new DatabaseSync(file, { readOnly: intent.readOnly, timeout: BUSY_TIMEOUT_MS }),
  );
  try {
    asOpenError(file, () => prepareConnection(file, db, intent));
    return new SqliteTimelineStore(file, db, options.clock ?? systemClock);
  } catch (error) {
    db.close();
    throw error;
  }
}

function prepareConnection(file: string, db: DatabaseSync, intent: OpenIntent): void {
  checkIdentity(file, db, intent);
  applySettings(file, db, intent.readOnly);
  if (!intent.readOnly) migrate(db);
  // Reading the newest row walks the events table from its root page, so a damaged table
  // is refused now rather than at the first append.
  db.prepare('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get();
  registerFilterFunctions(db);
}
