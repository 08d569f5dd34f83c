import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { SCHEMA_VERSION } from './migrations.ts';
import { openSqliteStore } from './open-sqlite.ts';
import { noteDraft } from './testing/sample-drafts.ts';
import { assertRefused, damagePage, peek, tamper } from './testing/store-files.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('refuse');
});
after(() => folder.remove());

/** A store with `events` notes in it, closed (its WAL checkpointed into the file). */
async function storeWith(name: string, events: number): Promise<string> {
  const file = folder.file(name);
  const store = await openSqliteStore(file, { create: true });
  await store.append(Array.from({ length: events }, (_, index) => noteDraft(`Notitie ${index}`)));
  await store.close();
  return file;
}

/** Every way of opening: the collector's, the CLI's and the exporter's. */
const OPENINGS = [{ create: true }, {}, { readOnly: true }] as const;

async function assertRefusedEveryWay(file: string, message: RegExp): Promise<void> {
  for (const options of OPENINGS)
    await assertRefused(file, () => openSqliteStore(file, options), message);
}

describe('files that are not a timeline this build may open', () => {
  it('refuses a store written by a newer Dijkwacht', async () => {
    const file = await storeWith('newer.sqlite', 3);
    tamper(file, `PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    await assertRefusedEveryWay(
      file,
      new RegExp(
        `: was written by a newer Dijkwacht \\(schema ${SCHEMA_VERSION + 1}, this build knows ${SCHEMA_VERSION}\\); not opened, not changed$`,
      ),
    );
  });

  it('refuses another program’s SQLite database, leaving it in its own journal mode', async () => {
    const file = folder.file('crm.sqlite');
    tamper(file, "CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('Jan')");
    await assertRefusedEveryWay(
      file,
      /is not a Dijkwacht timeline \(an SQLite database of another program\); not opened, not changed$/,
    );
    assert.equal(peek(file, 'PRAGMA journal_mode'), 'delete');
  });

  it('refuses an SQLite database with another application id, even without tables', async () => {
    const file = folder.file('other-app.sqlite');
    tamper(file, 'PRAGMA application_id = 42; CREATE TABLE t (x); DROP TABLE t');
    await assertRefusedEveryWay(file, /an SQLite database of another program/);
  });

  it('refuses a file that is not SQLite at all: text, or random bytes', async () => {
    const text = folder.file('config.yaml');
    await writeFile(text, 'title: Dijkwacht\nsources: []\n');
    await assertRefusedEveryWay(
      text,
      /: not a Dijkwacht timeline \(not an SQLite database at all\)$/,
    );
    const garbage = folder.file('garbage.sqlite');
    await writeFile(garbage, randomBytes(8192));
    await assertRefusedEveryWay(garbage, /not an SQLite database at all/);
  });

  it('refuses a file with the SQLite header and garbage after it', async () => {
    const file = folder.file('header-only.sqlite');
    await writeFile(
      file,
      Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), randomBytes(8176)]),
    );
    await assertRefusedEveryWay(
      file,
      /: is (not a Dijkwacht timeline \(its SQLite header is unreadable\)|damaged)/,
    );
  });

  it('refuses a store whose events table has a damaged page', async () => {
    const file = await storeWith('damaged.sqlite', 200);
    damagePage(file, 'events');
    await assertRefusedEveryWay(
      file,
      /: is damaged \(SQLite reports a malformed database\); not opened, not changed$/,
    );
  });
});
