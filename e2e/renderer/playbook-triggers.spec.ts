import { expect, test } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

let app: RunningApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await busy?.close();
});

test('every trigger of §1.4 reaches its tile, through the real clients and collector', async ({
  page,
}) => {
  busy = await startBusyWorld();
  app = await openApp(page, { configFile: busy.configFile, view: 'coordinator', language: 'nl' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  for (const id of ['topdesk', 'statuscake', 'elk', 'alertmanager'])
    await expect(dashboard.source(id)).toHaveAttribute('data-health', 'ok', { timeout: 15_000 });
  const expectations = [
    ['helpdesk', 'critical', 'Toename "Code niet ontvangen"'],
    ['ggd-portal', 'critical', 'GGD-portaal al 5 min onbereikbaar'],
    ['security', 'critical', 'SOCSuspiciousTraffic'],
    ['privacy', 'critical', 'I 2611 301'],
    ['alerting', 'warning', 'ElkDiskFull'],
    ['website', 'ok', 'Alle bronnen vers'],
    ['escalation', 'critical', 'P1 - Kritiek I 2611 302'],
  ] as const;
  for (const [domain, status, text] of expectations) {
    await expect(dashboard.tile(domain)).toHaveAttribute('data-status', status);
    await expect(dashboard.tile(domain)).toContainText(text);
  }
  await expect(dashboard.tile('privacy')).toContainText('melden vóór');
  await expect(dashboard.tile('escalation')).toContainText('nog geen oplosgroep');

  // The website check goes down: the tile follows within a few polls.
  busy.world.statuscake.dataset.setDown('7000001', new Date(Date.now() - 3 * 60_000));
  await expect(dashboard.tile('website')).toHaveAttribute('data-status', 'critical', {
    timeout: 15_000,
  });
  await expect(dashboard.tile('website').getByTestId(testIds.domainStatus)).toContainText(
    'KRITIEK',
  );
});

test('a source that cannot be reached turns its domains unknown, never green', async ({ page }) => {
  busy = await startBusyWorld();
  app = await openApp(page, { configFile: busy.configFile, view: 'coordinator', language: 'en' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  await expect(dashboard.tile('website')).toHaveAttribute('data-status', 'ok', { timeout: 15_000 });
  await busy.world.statuscake.close();
  await expect(dashboard.source('statuscake')).toHaveAttribute('data-health', 'failing', {
    timeout: 15_000,
  });
  await expect(dashboard.source('statuscake')).toContainText('source unreachable');
  await expect(dashboard.tile('website')).toHaveAttribute('data-status', 'unknown');
});
