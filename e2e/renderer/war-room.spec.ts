import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
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
import { CollectProcess } from '../../electron/cli/testing/collect-process.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openSeat, type RunningSeatApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { findClipping } from '../pages/layout-checks.ts';

/**
 * The shared war room (docs/war-room.md) in real Chromium: one collector in this process on a
 * throwaway PostgreSQL, two seats that poll nothing — a coordinator's desk and the wall. Both
 * show the same marks; an acknowledgement on the desk reaches the wall within a heartbeat;
 * when the collector stops, and when the server goes, both grey and say why.
 */

const HEARTBEAT_MS = 1_000;
const unavailable = clusterUnavailable();
test.skip(unavailable !== null, unavailable ?? '');

let cluster: PgCluster | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
let store: TimelineStore | undefined;
let collecting: Collecting | undefined;
const seats: RunningSeatApp[] = [];
/** `dijkwacht collect` processes, for the standby test. */
const collectProcesses: CollectProcess[] = [];

test.beforeAll(async () => {
  cluster = await startPgCluster();
});
test.afterAll(async () => {
  await cluster?.remove();
});
test.afterEach(async () => {
  for (const seat of seats.splice(0)) await seat.close();
  for (const process of collectProcesses.splice(0)) await process.stop(5_000);
  await collecting?.stop();
  await store?.close();
  await busy?.close();
  collecting = store = busy = undefined;
});

/** `dijkwacht collect --db postgres://…` on the busy moment, in this process. */
async function startCollector(url: string, password: string): Promise<void> {
  busy = await startBusyWorld();
  const { config } = await loadConfigFile(busy.configFile, defaultPlaybook);
  store = await openTimelineStore(url, { create: true, password });
  collecting = await startCollecting({
    store,
    config,
    playbook: defaultPlaybook,
    demo: false,
    version: 'test',
    label: 'dijkwacht collect',
    createClient: createSourceClient,
    heartbeatMs: HEARTBEAT_MS,
  });
  // The seats open on a published state (else the wall would hold the first alarm).
  const shared = store;
  if (!isSharedStore(shared)) throw new Error('expected a shared store');
  await expect.poll(() => shared.readPublished().then(Boolean), { timeout: 20_000 }).toBe(true);
}

/** Two seats on `join`: Anna's desk at 1440×900 and the wall at 1920×1080, both drawn. */
async function openDeskAndWall(browser: Browser, join: string, password: string) {
  const desk = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 } })
  ).newPage();
  const wall = await (
    await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  ).newPage();
  seats.push(await openSeat(desk, { join, password, view: 'coordinator', operator: 'Anna' }));
  seats.push(await openSeat(wall, { join, password, view: 'wall', operator: 'Bram' }));
  const deskPage = new DashboardPage(desk);
  const wallPage = new DashboardPage(wall);
  await deskPage.ready();
  await wallPage.ready();
  return { desk, wall, deskPage, wallPage };
}

/** The privacy tile's first mark the timeline recorded (it has the action buttons). */
function recordedMark(tile: Locator): Locator {
  return tile
    .getByTestId(testIds.mark)
    .filter({ has: tile.page().getByTestId(testIds.markSnooze) })
    .first();
}

/** The same page in the other language (the harness serves ?view=…&lang=…). */
async function inLanguage(page: Page, language: 'nl' | 'en'): Promise<void> {
  const url = new URL(page.url());
  url.searchParams.set('lang', language);
  await page.goto(url.toString());
  await new DashboardPage(page).ready();
}

/** The wall's lists fit themselves after a resize or a new line; the banner must not cut them. */
async function settledWall(page: Page, label: string): Promise<void> {
  await expect
    .poll(() => findClipping(page), { message: label, timeout: 5_000 })
    .toEqual({ page: false, boxes: [], silentCuts: [] });
}

async function expectNoGreen(page: Page, label: string): Promise<void> {
  await expect(page.locator('[data-status="ok"]'), label).toHaveCount(0);
  await expect(page.locator('[data-health="ok"]'), label).toHaveCount(0);
}

test('two seats share one collector: same marks, an acknowledgement crosses, silence greys both', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  await cluster!.createDatabase('seats');
  const join = cluster!.url('seats');
  const { password } = cluster!;
  await startCollector(join, password);

  const { desk, wall, deskPage, wallPage } = await openDeskAndWall(browser, join, password);

  // Both seats show the collector's critical privacy mark, and the quiet badge.
  await expect(deskPage.tile('privacy')).toHaveAttribute('data-status', 'critical', {
    timeout: 20_000,
  });
  await expect(wallPage.shown('privacy').first()).toHaveAttribute('data-status', 'critical');
  for (const page of [desk, wall]) {
    await expect(page.getByTestId(testIds.warRoomBadge)).toHaveText(
      'Gedeelde dijkwacht · zitplaats',
    );
    await expect(page.getByTestId(testIds.warRoomBanner)).toHaveCount(0);
  }

  // Acknowledged on the desk: the wall shows it within one heartbeat.
  const mark = recordedMark(deskPage.tile('privacy'));
  await mark.getByTestId(testIds.markAcknowledge).click();
  await mark.getByTestId(testIds.acknowledgeNote).fill('FG gebeld');
  await mark.getByTestId(testIds.actionSubmit).click();
  await expect(mark.getByTestId(testIds.markState)).toContainText('Anna');
  // The wall's label says only that it was seen to; the timeline strip names who.
  await expect(wallPage.shown('privacy').getByTestId(testIds.markState).first()).toHaveText(
    'bevestigd',
    { timeout: HEARTBEAT_MS * 2 },
  );
  await desk.screenshot({ path: 'screenshots/war-room-seat-desk-1440x900-nl.png' });
  await settledWall(wall, 'seat wall 1920×1080');
  await wall.screenshot({ path: 'screenshots/war-room-seat-wall-1920x1080-nl.png' });

  // The collector stops: once it has been silent 15 s by the server's clock, both grey.
  await collecting!.stop();
  collecting = undefined;
  for (const page of [desk, wall]) {
    const banner = page.getByTestId(testIds.warRoomBanner);
    await expect(banner).toHaveAttribute('data-problem', 'collector-silent', { timeout: 25_000 });
    await expect(banner).toContainText('De collector (dijkwacht collect op ');
    await expectNoGreen(page, 'collector silent');
  }
  await desk.screenshot({ path: 'screenshots/war-room-silent-desk-1440x900-nl.png' });
  await settledWall(wall, 'silent wall 1920×1080');
  await wall.screenshot({ path: 'screenshots/war-room-silent-wall-1920x1080-nl.png' });
  await inLanguage(desk, 'en');
  await expect(desk.getByTestId(testIds.warRoomBanner)).toContainText(
    'The collector (dijkwacht collect on ',
  );
  await desk.screenshot({ path: 'screenshots/war-room-silent-desk-1440x900-en.png' });
  await wall.setViewportSize({ width: 3840, height: 2160 });
  await inLanguage(wall, 'en');
  await expect(wall.getByTestId(testIds.warRoomBanner)).toBeVisible();
  await settledWall(wall, 'silent wall 3840×2160');
  await wall.screenshot({ path: 'screenshots/war-room-silent-wall-3840x2160-en.png' });

  // The server goes: both say they lost it, since when, and keep trying.
  await store!.close();
  store = undefined;
  await cluster!.stop();
  // The desk names the server and the cause; the wall's one line says what and since when.
  const said = [
    [
      desk,
      `No connection to the shared war room (dijkwacht@127.0.0.1:${cluster!.port}/seats) since `,
    ],
    [wall, 'No connection to the shared war room since '],
  ] as const;
  for (const [page, text] of said) {
    const banner = page.getByTestId(testIds.warRoomBanner);
    await expect(banner).toHaveAttribute('data-problem', 'disconnected', { timeout: 15_000 });
    await expect(banner).toContainText(text);
    await expectNoGreen(page, 'disconnected');
  }
  await desk.screenshot({ path: 'screenshots/war-room-disconnected-desk-1440x900-en.png' });
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await inLanguage(wall, 'nl');
  await expect(wall.getByTestId(testIds.warRoomBanner)).toContainText(
    'Geen verbinding met de gedeelde dijkwacht',
  );
  await settledWall(wall, 'disconnected wall 1920×1080');
  await wall.screenshot({ path: 'screenshots/war-room-disconnected-wall-1920x1080-nl.png' });
  await cluster!.start();
  // Back: the seats reconnect on their own and read everything afresh.
  for (const page of [desk, wall])
    await expect(page.getByTestId(testIds.warRoomBanner)).toHaveAttribute(
      'data-problem',
      'collector-silent',
      { timeout: 20_000 },
    );
});

test('two seats and two collectors: the active one is killed, the standby carries on, no seat greys', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  await cluster!.createDatabase('standby');
  const join = cluster!.url('standby');
  const { password } = cluster!;
  busy = await startBusyWorld();
  const env = {
    ...process.env,
    PGPASSWORD: password,
    DIJKWACHT_HEARTBEAT_MS: String(HEARTBEAT_MS),
  };
  const start = () => {
    const started = CollectProcess.start({ config: busy!.configFile, db: join }, env);
    collectProcesses.push(started);
    return started;
  };
  const active = start();
  await active.said('collecting into', 60_000);
  const standby = start();
  await standby.said('standby —', 60_000);

  const { desk, wall, deskPage, wallPage } = await openDeskAndWall(browser, join, password);
  await expect(deskPage.tile('privacy')).toHaveAttribute('data-status', 'critical', {
    timeout: 20_000,
  });

  // SIGKILL: no collector-stopped, no goodbye. The standby takes over within 2 heartbeats
  // (with slack for starting its collector on a busy machine).
  active.kill('SIGKILL');
  await standby.said('collecting into', 2 * HEARTBEAT_MS + 5_000);

  // The seats follow the new collector: an acknowledgement on the desk crosses to the wall.
  const mark = recordedMark(deskPage.tile('privacy'));
  await mark.getByTestId(testIds.markAcknowledge).click();
  await mark.getByTestId(testIds.acknowledgeNote).fill('Overgenomen door de standby');
  await mark.getByTestId(testIds.actionSubmit).click();
  await expect(wallPage.shown('privacy').getByTestId(testIds.markState).first()).toHaveText(
    'bevestigd',
    { timeout: 10_000 },
  );
  // The takeover was quicker than a seat's silence rule: no seat ever said it lost anything.
  for (const page of [desk, wall]) {
    await expect(page.getByTestId(testIds.warRoomBanner)).toHaveCount(0);
    await expect(page.getByTestId(testIds.staleBanner)).toHaveCount(0);
  }
  // One timeline: two starts, no gap, and the privacy mark raised once.
  const reader = await openTimelineStore(join, { password });
  try {
    const events = await reader.read({});
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.filter((event) => event.kind === 'collector-started')).toHaveLength(2);
    expect(
      events.filter((event) => event.kind === 'mark-raised' && event.domain === 'privacy'),
    ).toHaveLength(1);
    expect(await reader.verify()).toEqual({ ok: true, events: events.length });
  } finally {
    await reader.close();
  }
});
