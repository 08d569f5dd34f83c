import { existsSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { APPLICATION_ID, migrate, SCHEMA_VERSION } from '../migrations.ts';

/** What a freshly migrated database holds: every table and index, by name. */
function expectedObjects(): string[] {
  const db = new DatabaseSync(':memory:');
  migrate(db);
  const names = objectNames(db);
  db.close();
  return names;
}

const EXPECTED = expectedObjects().join(',');

function objectNames(db: DatabaseSync): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  return rows.map((row) => String(row.name));
}

/**
 * Whether a file holds no schema at all or the complete one — never a part. Read outside the
 * store and read-only, so the store's own reopening is what recovers the WAL afterwards; only
 * a hot rollback journal (a kill while the file was switched to WAL) needs a writer to read.
 * Anything else is described for the failure message.
 */
export function schemaShape(file: string): 'none' | 'complete' | string {
  if (!existsSync(file)) return 'none';
  const db = new DatabaseSync(file, { readOnly: !existsSync(`${file}-journal`) });
  try {
    const names = objectNames(db).join(',');
    const version = Number(db.prepare('PRAGMA user_version').get()?.user_version);
    const applicationId = Number(db.prepare('PRAGMA application_id').get()?.application_id);
    if (names === '' && version === 0 && applicationId === 0) return 'none';
    if (names === EXPECTED && version === SCHEMA_VERSION && applicationId === APPLICATION_ID)
      return 'complete';
    return `partial schema: version ${version}, application id ${applicationId}, objects [${names}]`;
  } finally {
    db.close();
  }
}
