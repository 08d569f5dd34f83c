import { expect, test } from '@playwright/test';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { expectNoAxeViolations } from '../pages/layout-checks.ts';

/** The screens people look at, at the sizes they look at them; saved for review in screenshots/. */
const SCREENS = [
  { view: 'wall', width: 1920, height: 1080 },
  { view: 'wall', width: 3840, height: 2160 },
  { view: 'coordinator', width: 1440, height: 900 },
] as const;

let app: RunningApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await busy?.close();
});

for (const screen of SCREENS) {
  for (const language of ['nl', 'en'] as const) {
    test(`${screen.view} ${screen.width}×${screen.height} ${language}: fits without clipping`, async ({
      page,
    }) => {
      busy = await startBusyWorld();
      await page.setViewportSize({ width: screen.width, height: screen.height });
      app = await openApp(page, {
        configFile: busy.configFile,
        view: screen.view,
        language,
        operator: 'Anna',
      });
      const dashboard = new DashboardPage(page);
      await dashboard.ready();
      // Wait for the situation to be drawn, not for the clock.
      await expect(dashboard.tile('escalation')).toHaveAttribute('data-status', 'critical', {
        timeout: 15_000,
      });
      await expect(dashboard.tile('website')).toHaveAttribute('data-status', 'ok');
      await page.screenshot({
        path: `screenshots/${screen.view}-${screen.width}x${screen.height}-${language}.png`,
      });
      const overflow = await page.evaluate(() => ({
        page:
          document.documentElement.scrollHeight > window.innerHeight ||
          document.documentElement.scrollWidth > window.innerWidth,
        tiles: [...document.querySelectorAll('.tile')]
          .filter((tile) => tile.scrollHeight > tile.clientHeight + 1)
          .map((tile) => tile.getAttribute('data-testid')),
      }));
      expect(overflow).toEqual({ page: false, tiles: [] });
      await expectNoAxeViolations(page);
    });
  }
}
