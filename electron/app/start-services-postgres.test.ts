import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { isSharedStore } from '../../shared/timeline/war-room.ts';
import { openTimelineStore } from '../timeline/open-store.ts';
import {
  clusterUnavailable,
  startPgCluster,
  type PgCluster,
} from '../timeline/postgres/testing/pg-cluster.ts';
import { freshDatabaseUrl } from '../timeline/postgres/testing/test-store.ts';
import { startServices } from './start-services.ts';
import { testSeat } from './testing/test-seat.ts';

const unavailable = clusterUnavailable();
let cluster: PgCluster;
before(async () => {
  if (!unavailable) cluster = await startPgCluster();
});
after(() => cluster?.remove());

describe(
  'the app started with --config and --db postgres://…',
  { skip: unavailable ?? false },
  () => {
    it("collects into PostgreSQL with the config's store.password, never from the URL", async () => {
      const seat = await testSeat();
      const url = await freshDatabaseUrl(cluster, 'app');
      const configFile = path.join(seat.dataDir, 'dijkwacht.yaml');
      await writeFile(
        configFile,
        [
          'title: Gedeelde meldkamer',
          'sources:',
          '  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9" }',
          'store:',
          '  password: { env: DIJKWACHT_TEST_DB_PASSWORD }',
          '',
        ].join('\n'),
      );
      process.env.DIJKWACHT_TEST_DB_PASSWORD = cluster.password;
      try {
        const running = await startServices({
          ...seat,
          configFile,
          version: 'test',
          store: url,
          heartbeatMs: 200,
        });
        // It collects as `collect` does: the seats get its snapshots.
        const shared = running.services.keeper.store;
        assert.ok(isSharedStore(shared));
        for (let tries = 0; (await shared.readPublished()) === null; tries++) {
          assert.ok(tries < 100, 'published within 10 s');
          await sleep(100);
        }
        await running.stop();
      } finally {
        delete process.env.DIJKWACHT_TEST_DB_PASSWORD;
      }
      const reader = await openTimelineStore(url, { password: cluster.password });
      try {
        assert.ok(isSharedStore(reader));
        const kinds = (await reader.read({})).map((event) => event.kind);
        assert.equal(kinds[0], 'collector-started');
        assert.equal(kinds.at(-1), 'collector-stopped');
        assert.equal((await reader.readPublished())?.info.title, 'Gedeelde meldkamer');
      } finally {
        await reader.close();
      }
    });
  },
);
