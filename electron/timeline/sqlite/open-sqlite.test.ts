import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { APPLICATION_ID, SCHEMA_VERSION } from './migrations.ts';
import { openSqliteStore } from './open-sqlite.ts';
import { noteDraft } from './testing/sample-drafts.ts';
import { assertRefused, openError, peek } from './testing/store-files.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('open');
});
after(() => folder.remove());

const schemaObjects = (file: string) =>
  peek(file, "SELECT group_concat(name || ':' || sql, ';') FROM sqlite_schema ORDER BY name");

describe('opening a SQLite timeline', () => {
  it('creates a store in WAL with synchronous=FULL, a busy timeout and our application id', async () => {
    const file = folder.file('new.sqlite');
    const store = await openSqliteStore(file, { create: true });
    assert.deepEqual(store.connectionSettings(), {
      journalMode: 'wal',
      synchronous: 2,
      busyTimeoutMs: 5000,
      foreignKeys: true,
    });
    assert.equal(await store.lastSeq(), 0);
    await store.close();
    assert.equal(peek(file, 'PRAGMA application_id'), APPLICATION_ID);
    assert.equal(peek(file, 'PRAGMA user_version'), SCHEMA_VERSION);
    assert.equal(peek(file, 'PRAGMA journal_mode'), 'wal');
  });

  it('applies the migrations once: reopening changes neither the schema nor the events', async () => {
    const file = folder.file('twice.sqlite');
    const first = await openSqliteStore(file, { create: true });
    await first.append([noteDraft('Eerste notitie')]);
    await first.close();
    const schema = schemaObjects(file);
    for (let round = 0; round < 2; round++) {
      const again = await openSqliteStore(file, { create: true });
      assert.equal(await again.lastSeq(), 1);
      await again.close();
    }
    assert.equal(schemaObjects(file), schema);
    assert.equal(peek(file, 'PRAGMA user_version'), SCHEMA_VERSION);
  });

  it('refuses a missing file unless asked to create it, and creates nothing', async () => {
    const file = folder.file('missing.sqlite');
    for (const options of [
      {},
      { create: false },
      { readOnly: true },
      { readOnly: true, create: true },
    ]) {
      const error = await openError(openSqliteStore(file, options));
      assert.equal(
        error.message,
        `${file}: no timeline here (the file does not exist); the collector creates it on its first start`,
      );
      assert.equal(existsSync(file), false);
    }
  });

  it('refuses an empty database unless asked to create the timeline in it', async () => {
    const emptyFile = folder.file('zero-bytes.sqlite');
    await writeFile(emptyFile, '');
    await assertRefused(emptyFile, () => openSqliteStore(emptyFile), /holds no timeline yet/);
    await assertRefused(
      emptyFile,
      () => openSqliteStore(emptyFile, { readOnly: true }),
      /holds no timeline yet/,
    );
    const created = await openSqliteStore(emptyFile, { create: true });
    assert.equal(await created.lastSeq(), 0);
    await created.close();
  });

  it('opens read-only beside a writer: the reader sees new commits and cannot write', async () => {
    const file = folder.file('shared.sqlite');
    const collector = await openSqliteStore(file, { create: true });
    await collector.append([noteDraft('Voor de export')]);
    const exporter = await openSqliteStore(file, { readOnly: true });
    assert.equal(await exporter.count(), 1);
    await collector.append([noteDraft('Tijdens de export')]);
    assert.equal(await exporter.count(), 2);
    await assert.rejects(exporter.append([noteDraft('Mag niet')]), /readonly/);
    assert.equal((await exporter.verify()).ok, true);
    await exporter.close();
    await collector.close();
  });

  it('refuses a file in a folder that does not exist, even to create it', async () => {
    const file = folder.file('no-such-folder/timeline.sqlite');
    const error = await openError(openSqliteStore(file, { create: true }));
    assert.equal(error.message, `${file}: cannot be opened (missing folder or no permission)`);
  });

  it('refuses a folder', async () => {
    const error = await openError(openSqliteStore(folder.path, { create: true }));
    assert.equal(error.message, `${folder.path}: not a file (a folder or a device)`);
  });
});
