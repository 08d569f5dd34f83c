import { expect, test } from '@playwright/test';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

/** The screens people look at, at the sizes they look at them; saved for review in screenshots/. */
const SCREENS = [
  { view: 'wall', width: 1920, height: 1080 },
  { view: 'wall', width: 3840, height: 2160 },
  { view: 'coordinator', width: 1440, height: 900 },
] as const;

let app: RunningApp | undefined;
test.afterEach(async () => app?.close());

for (const screen of SCREENS) {
  for (const language of ['nl', 'en'] as const) {
    test(`${screen.view} ${screen.width}×${screen.height} ${language}: fits without clipping`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      app = await openApp(page, { view: screen.view, language });
      await new DashboardPage(page).ready();
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
    });
  }
}
