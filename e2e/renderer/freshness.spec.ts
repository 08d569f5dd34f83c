import { expect, test } from '@playwright/test';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { expectNoAxeViolations } from '../pages/layout-checks.ts';

let app: RunningApp | undefined;
test.afterEach(async () => app?.close());

test('pushed snapshots keep the wall fresh; when main falls silent the wall says so', async ({
  page,
}) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1920, height: 1080 });
  app = await openApp(page, { view: 'wall', heartbeat: false });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  await expect(dashboard.staleBanner).toHaveCount(0);

  // Nothing pushed for longer than three heartbeats: the banner must appear.
  await page.clock.fastForward(20_000);
  await expect(dashboard.staleBanner).toBeVisible();
  // Stale means stale everywhere: no source badge says "in orde" either.
  await expect(page.locator('[data-health="ok"]')).toHaveCount(0);
  await page.screenshot({ path: 'screenshots/wall-stale-1920x1080-nl.png' });
  await expectNoAxeViolations(page);

  // A push with a current snapshot clears it again.
  const current = app.services.collector.snapshot();
  await page.evaluate(
    (snapshot) =>
      (window as unknown as { __dijkwachtPush(e: string, p: unknown): void }).__dijkwachtPush(
        'status:changed',
        { ...snapshot, generatedAt: new Date(Date.now()).toISOString() },
      ),
    current,
  );
  await expect(dashboard.staleBanner).toHaveCount(0);
});
