import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testIds } from '../../renderer/testids.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { isSharedStore } from '../../shared/timeline/war-room.ts';
import { loadConfigFile } from '../../electron/config/load-config.ts';
import { createSourceClient } from '../../electron/sources/create-client.ts';
import { startCollecting, type Collecting } from '../../electron/timeline/collecting.ts';
import { openTimelineStore } from '../../electron/timeline/open-store.ts';
import {
  clusterUnavailable,
  startPgCluster,
  type PgCluster,
} from '../../electron/timeline/postgres/testing/pg-cluster.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { findElectronBinary } from './electron-binary.ts';

/**
 * The real Electron app as a seat of the shared war room: `--join postgres://…` with the
 * password in PGPASSWORD. It polls nothing and shows what the collector (in this process)
 * publishes; when the collector stops it greys and says so.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const executablePath = findElectronBinary();
const SKIP_REASON =
  'skipped: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run these)';
const noCluster = clusterUnavailable();
test.skip(!executablePath, SKIP_REASON);
test.skip(noCluster !== null, noCluster ?? '');

let cluster: PgCluster | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
let store: TimelineStore | undefined;
let collecting: Collecting | undefined;
let app: ElectronApplication | undefined;

test.beforeAll(async () => {
  cluster = await startPgCluster();
  busy = await startBusyWorld();
  const { config } = await loadConfigFile(busy.configFile, defaultPlaybook);
  store = await openTimelineStore(cluster.url(), { create: true, password: cluster.password });
  collecting = await startCollecting({
    store,
    config,
    playbook: defaultPlaybook,
    demo: false,
    version: 'test',
    label: 'dijkwacht collect',
    createClient: createSourceClient,
    heartbeatMs: 1_000,
  });
  const shared = store;
  if (!isSharedStore(shared)) throw new Error('expected a shared store');
  await expect.poll(() => shared.readPublished().then(Boolean), { timeout: 20_000 }).toBe(true);
});

test.afterAll(async () => {
  await app?.close();
  await collecting?.stop();
  await store?.close();
  await busy?.close();
  await cluster?.remove();
});

test('a seat started with --join shows the shared state, then greys when the collector stops', async () => {
  if (!cluster || !collecting) throw new Error('no war room');
  const userData = path.join(await mkdtemp(path.join(tmpdir(), 'dijkwacht-seat-')), 'user-data');
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [ROOT, `--user-data-dir=${userData}`, '--join', cluster.url()],
    cwd: ROOT,
    env: { ...process.env, PGPASSWORD: cluster.password } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await new DashboardPage(page).ready();
  await expect(page.getByTestId(testIds.warRoomBadge)).toBeVisible();
  await expect(page.getByTestId(testIds.warRoomBanner)).toHaveCount(0);

  await collecting.stop();
  collecting = undefined;
  await expect(page.getByTestId(testIds.warRoomBanner)).toBeVisible({ timeout: 30_000 });
});
