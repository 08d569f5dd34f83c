import type { DatabaseSync } from 'node:sqlite';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { APPLICATION_ID, SCHEMA_VERSION, schemaVersion } from './migrations.ts';
import type { OpenIntent } from './store-file.ts';

const UNTOUCHED = 'not opened, not changed';

/**
 * Refuses an SQLite file this build may not use, decided from reads alone, before anything is
 * written. What passes is ours, or an empty database we may create the schema in.
 */
export function checkIdentity(file: string, db: DatabaseSync, intent: OpenIntent): void {
  const { applicationId, objects, version } = readIdentity(db);
  if (applicationId === APPLICATION_ID) return checkVersion(file, version, intent);
  if (applicationId !== 0 || objects > 0) {
    throw new StoreOpenError(
      file,
      `is not a Dijkwacht timeline (an SQLite database of another program); ${UNTOUCHED}`,
    );
  }
  if (!intent.create || intent.readOnly) {
    throw new StoreOpenError(
      file,
      'holds no timeline yet (an empty database); the collector fills it on its first start',
    );
  }
}

function checkVersion(file: string, version: number, intent: OpenIntent): void {
  if (version > SCHEMA_VERSION) {
    throw new StoreOpenError(
      file,
      `was written by a newer Dijkwacht (schema ${version}, this build knows ${SCHEMA_VERSION}); ${UNTOUCHED}`,
    );
  }
  if (version < SCHEMA_VERSION && intent.readOnly) {
    throw new StoreOpenError(
      file,
      `was written by an older Dijkwacht (schema ${version}, this build knows ${SCHEMA_VERSION}); start the collector once to bring it up to date`,
    );
  }
}

/**
 * The header's id and version and the schema's size, read in one transaction: another
 * process may be creating the store right now, and reads from either side of its commit
 * (no id yet, but tables already) would make it look like another program's database.
 */
function readIdentity(db: DatabaseSync) {
  db.exec('BEGIN');
  try {
    return {
      applicationId: Number(db.prepare('PRAGMA application_id').get()?.application_id ?? 0),
      objects: countObjects(db),
      version: schemaVersion(db),
    };
  } finally {
    db.exec('COMMIT');
  }
}

function countObjects(db: DatabaseSync): number {
  const row = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
    .get();
  return Number(row?.n ?? 0);
}
