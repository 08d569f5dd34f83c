import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreOpenError } from '../../shared/timeline/timeline-store.ts';
import { openTimelineStore } from './open-store.ts';
import { tempFolder, type TempFolder } from './sqlite/testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('open-store');
});
after(() => folder.remove());

describe('openTimelineStore', () => {
  it('opens a file path as an SQLite store, creating it only when asked', async () => {
    const file = folder.file('timeline.sqlite');
    await assert.rejects(openTimelineStore(file), StoreOpenError);
    const store = await openTimelineStore(file, { create: true });
    assert.equal(store.location, file);
    assert.equal(await store.lastSeq(), 0);
    await store.close();
  });

  it('refuses a PostgreSQL URL for now, without repeating its password', async () => {
    await assert.rejects(
      openTimelineStore('postgresql://dijkwacht:geheim@db.example.nl/timeline'),
      (error: unknown) => {
        assert.ok(error instanceof StoreOpenError);
        assert.equal(
          error.message,
          'postgresql://db.example.nl/timeline: PostgreSQL stores arrive with the shared war room',
        );
        return true;
      },
    );
  });
});
