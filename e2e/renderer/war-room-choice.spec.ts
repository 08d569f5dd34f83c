import { expect, test } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import {
  clusterUnavailable,
  startPgCluster,
  type PgCluster,
} from '../../electron/timeline/postgres/testing/pg-cluster.ts';
import {
  sampleHolder,
  samplePublication,
} from '../../electron/timeline/postgres/testing/sample-publication.ts';
import {
  freshDatabaseUrl,
  openTestStore,
} from '../../electron/timeline/postgres/testing/test-store.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

/**
 * Joining the shared war room from the settings page (docs/war-room.md, "Joining from the
 * app"), on the real main-process handlers and a throwaway PostgreSQL on which a collector
 * published: the test names the collector and its title; the password never reaches the page
 * again. The browser harness cannot restart, so "Join" says so. Screenshots for review.
 */

const unavailable = clusterUnavailable();
test.skip(unavailable !== null, unavailable ?? '');

let cluster: PgCluster | undefined;
let url = '';
let app: RunningApp | undefined;

test.beforeAll(async () => {
  cluster = await startPgCluster();
  url = await freshDatabaseUrl(cluster, 'choice');
  const store = await openTestStore(cluster, url, { create: true });
  try {
    const holder = sampleHolder('dijkwacht collect', { host: 'host-a' });
    expect((await store.claimCollector(holder, 60_000)).ok).toBe(true);
    await store.publish(samplePublication(), holder);
  } finally {
    await store.close();
  }
});
test.afterAll(async () => {
  await cluster?.remove();
});
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

for (const language of ['nl', 'en'] as const) {
  test(`the settings page tests and joins a shared war room, 1440x900-${language}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    app = await openApp(page, { view: 'coordinator', language, operator: 'Anna' });
    await new DashboardPage(page).ready();
    await page.getByTestId(testIds.deskNavPage('settings')).click();
    await expect(page.getByTestId(testIds.settingsPage)).toHaveAttribute('data-state', 'ready');
    const section = page.getByTestId(testIds.settingsWarRoom);
    await expect(section).toHaveAttribute('data-role', 'single');
    await page.getByTestId(testIds.settingsWarRoomUrl).fill(url);
    await page.getByTestId(testIds.settingsWarRoomPassword).fill(cluster!.password);
    await page.getByTestId(testIds.settingsWarRoomTest).click();
    const result = page.getByTestId(testIds.settingsWarRoomResult);
    await expect(result).toHaveAttribute('data-status', 'published', { timeout: 15_000 });
    await expect(result).toContainText('dijkwacht collect');
    await expect(result).toContainText('host-a');
    await expect(result).toContainText('Gedeelde meldkamer');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/settings-war-room-1440x900-${language}.png` });

    await page.getByTestId(testIds.settingsWarRoomJoin).click();
    await expect(result).toHaveAttribute('data-status', 'unavailable');
    await expect(page.getByTestId(testIds.settingsWarRoomPassword)).toHaveValue('');
    expect(await page.content()).not.toContain(cluster!.password);
  });
}
