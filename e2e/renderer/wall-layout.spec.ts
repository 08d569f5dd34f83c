import { expect, test } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import { sampleCharts } from '../../renderer/charts/testing/sample-charts.ts';
import { longTextEvents, longTextSnapshot } from '../fixtures/long-texts.ts';
import { openFixedApp, type FixedApp } from '../harness/fixed-app.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { expectNoAxeViolations, findClipping, smallestFontPx } from '../pages/layout-checks.ts';

/** From a laptop to a 4K wall. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 3840, height: 2160 },
] as const;

/** The wall's secondary text: roles, line, data age, sources, since. */
const SECONDARY_TEXT = '.tile-line, .wall-roles li, .tile-data, .tile-since, .source-detail';

let app: FixedApp | undefined;
test.afterEach(async () => {
  await app?.close();
});

for (const language of ['nl', 'en'] as const) {
  test(`the wall never hides anything silently, 1280×720 to 3840×2160, ${language}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const now = new Date();
    app = await openFixedApp(page, {
      snapshot: longTextSnapshot(now),
      events: longTextEvents(now),
      language,
    });
    const dashboard = new DashboardPage(page);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      // A fresh snapshot each time: the picture must not go stale between sizes.
      await app.push(longTextSnapshot(new Date()));
      await dashboard.ready();
      await expect(page.getByTestId(testIds.tileMore).first()).toBeVisible();
      const label = `${size.width}×${size.height}`;
      // The lists fit themselves after a resize, one layout pass per dropped item.
      await expect
        .poll(() => findClipping(page), { message: label, timeout: 5_000 })
        .toEqual({ page: false, boxes: [], silentCuts: [] })
        .catch(async (error: unknown) => {
          await page.screenshot({ path: `test-results/clipping-${label}-${language}.png` });
          throw error;
        });
      // Every tile has 12 marks: the ones shown plus its "+n" account for all of them.
      for (const tile of await dashboard.tiles().all()) {
        const shown = await tile.getByTestId(testIds.mark).count();
        const more = tile.locator('.wall-marks').getByTestId(testIds.tileMore);
        expect(shown, `${label}: a mark shown`).toBeGreaterThan(0);
        await expect(more, label).toHaveText(new RegExp(`^\\+${12 - shown} `));
      }
      await page.screenshot({
        path: `screenshots/wall-long-texts-${size.width}x${size.height}-${language}.png`,
      });
      if (size.width === 1920) {
        expect(await smallestFontPx(page, SECONDARY_TEXT)).toBeGreaterThanOrEqual(21.5);
        await expectNoAxeViolations(page);
      }
    }
  });
}

for (const language of ['nl', 'en'] as const) {
  test(`a domain that turns critical takes the wall on its detail page, nothing hidden, ${language}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const quiet = longTextSnapshot(new Date());
    const helpdeskOk = {
      ...quiet,
      timeline: null,
      domains: quiet.domains.map((domain) =>
        domain.id === 'helpdesk' ? { ...domain, status: 'ok' as const, marks: [] } : domain,
      ),
    };
    app = await openFixedApp(page, {
      snapshot: helpdeskOk,
      events: longTextEvents(new Date()),
      charts: sampleCharts,
      language,
    });
    const dashboard = new DashboardPage(page);
    await dashboard.ready();
    await expect(dashboard.tile('helpdesk')).toHaveAttribute('data-status', 'ok');
    const turned = new Date();
    const all = longTextSnapshot(turned);
    const critical = {
      ...all,
      timeline: null,
      // It turned critical now, while the wall watched: that is what takes the screen.
      domains: all.domains.map((domain) =>
        domain.id === 'helpdesk' ? { ...domain, since: turned.toISOString() } : domain,
      ),
    };
    await app.push(critical);
    const detail = page.getByTestId(testIds.detailPage);
    await expect(detail).toHaveAttribute('data-domain', 'helpdesk');
    await expect(detail.getByTestId(testIds.detailChart).locator('svg').first()).toBeVisible();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await app.push({ ...critical, generatedAt: new Date().toISOString() });
      const label = `detail ${size.width}×${size.height}`;
      await expect
        .poll(() => findClipping(page), { message: label, timeout: 5_000 })
        .toEqual({ page: false, boxes: [], silentCuts: [] });
      await expect(detail.getByTestId(testIds.detailMore).first()).toBeVisible();
      await page.screenshot({
        path: `screenshots/wall-detail-${size.width}x${size.height}-${language}.png`,
      });
      if (size.width === 1920) await expectNoAxeViolations(page);
    }
  });
}
