import { expect, test } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { expectNoAxeViolations } from '../pages/layout-checks.ts';

/** The desk after a first action, and the timeline view, for people to look at (screenshots/). */
let app: RunningApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await busy?.close();
});

for (const language of ['nl', 'en'] as const)
  test(`desk and timeline 1440×900 ${language}: an acknowledged mark, the log`, async ({
    page,
  }) => {
    busy = await startBusyWorld();
    await page.setViewportSize({ width: 1440, height: 900 });
    app = await openApp(page, { configFile: busy.configFile, view: 'coordinator', language });
    const dashboard = new DashboardPage(page);
    await dashboard.ready();
    await page.getByTestId(testIds.operatorNameInput).fill('Coördinator Zaterdag');
    await page.getByTestId(testIds.operatorSave).click();
    const privacy = dashboard.tile('privacy');
    await expect(privacy).toHaveAttribute('data-status', 'critical', { timeout: 15_000 });
    await privacy.getByTestId(testIds.markAcknowledge).first().click();
    await privacy.getByTestId(testIds.acknowledgeNote).fill('FG gebeld');
    await privacy.getByTestId(testIds.actionSubmit).click();
    await expect(privacy.getByTestId(testIds.markState).first()).toBeVisible();
    await page.screenshot({ path: `screenshots/coordinator-acting-1440x900-${language}.png` });
    await expectNoAxeViolations(page);
    await page.getByTestId(testIds.timelineToggle).click();
    await expect(page.getByTestId(testIds.timelineView)).toContainText('FG gebeld');
    await page.screenshot({ path: `screenshots/timeline-1440x900-${language}.png` });
    await expectNoAxeViolations(page);
    await page.getByTestId(testIds.exportOpen).click();
    await page.screenshot({ path: `screenshots/export-1440x900-${language}.png` });
    await expectNoAxeViolations(page);
  });
