import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StoreOpenError } from '../../shared/timeline/timeline-store.ts';
import { isSharedStore } from '../../shared/timeline/war-room.ts';
import { openTimelineStore } from './open-store.ts';
import { clusterUnavailable, startPgCluster } from './postgres/testing/pg-cluster.ts';
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

  it('routes a PostgreSQL URL to the PostgreSQL store, refusing a password in it unsaid', async () => {
    await assert.rejects(
      openTimelineStore('postgresql://dijkwacht:geheim@db.example.nl/timeline'),
      (error: unknown) => {
        assert.ok(error instanceof StoreOpenError);
        assert.equal(error.location, 'dijkwacht@db.example.nl:5432/timeline');
        assert.match(error.message, /: the URL carries a password: put the password in PGPASSWORD/);
        assert.doesNotMatch(error.message, /geheim/);
        return true;
      },
    );
  });

  it(
    'opens a postgres:// URL as a shared store on the server',
    { skip: clusterUnavailable() ?? false },
    async () => {
      const cluster = await startPgCluster();
      try {
        const url = cluster.url();
        await assert.rejects(
          openTimelineStore(url, { password: cluster.password }),
          /no Dijkwacht timeline/,
        );
        const store = await openTimelineStore(url, { create: true, password: cluster.password });
        assert.equal(store.location, `dijkwacht@127.0.0.1:${cluster.port}/warroom`);
        assert.equal(isSharedStore(store), true);
        assert.equal(await store.lastSeq(), 0);
        await store.close();
      } finally {
        await cluster.remove();
      }
    },
  );
});
