import { expect, test, type Page } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import { sampleCharts } from '../../renderer/charts/testing/sample-charts.ts';
import { domainIds } from '../../shared/playbook/domains.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { longTextEvents, longTextSnapshot } from '../fixtures/long-texts.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { openFixedApp, type FixedApp } from '../harness/fixed-app.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { expectNoAxeViolations, findClipping } from '../pages/layout-checks.ts';

/**
 * The coordinator's desk on the laptops and screens it is used on (docs/desk.md): nothing
 * clipped silently, every domain's status in sight, a domain's detail with its tickets and
 * links, and the shortcuts' help. Screenshots go to screenshots/ for review.
 */

/** What the desk checks for clipping: what must never hide content (lists scroll as a whole). */
const BOXES = '.tile, .header, .desk-nav, .desk-detail, .shortcut-help';

/** Text for screen readers only is 1 px on purpose. */
async function clipping(page: Page) {
  const found = await findClipping(page, BOXES);
  return {
    ...found,
    silentCuts: found.silentCuts.filter((name) => !name.includes('visually-hidden')),
  };
}

async function expectNothingClipped(page: Page, label: string) {
  await expect
    .poll(() => clipping(page), { message: label, timeout: 5_000 })
    .toEqual({ page: false, boxes: [], silentCuts: [] });
  // The page and the side panel scroll down when they must, never sideways.
  const sideways = await page.evaluate(() =>
    ['.desk-main', '.coordinator-side']
      .map((selector) => document.querySelector(selector))
      .filter((box) => box && box.scrollWidth > box.clientWidth + 1)
      .map((box) => box?.className),
  );
  expect(sideways, label).toEqual([]);
}

/** Every domain's button in the switcher lies inside the window: all seven in sight. */
async function expectEveryStatusInSight(page: Page, label: string) {
  const size = page.viewportSize();
  for (const id of domainIds) {
    const box = await page.getByTestId(testIds.deskNavDomain(id)).boundingBox();
    expect(box, `${label}: ${id}`).not.toBeNull();
    expect(box!.x + box!.width, `${label}: ${id}`).toBeLessThanOrEqual(size!.width);
    expect(box!.y + box!.height, `${label}: ${id}`).toBeLessThanOrEqual(size!.height);
  }
}

let app: RunningApp | undefined;
let fixed: FixedApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await fixed?.close();
  await busy?.close();
  app = fixed = busy = undefined;
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
] as const) {
  for (const language of ['nl', 'en'] as const) {
    const label = `${size.width}x${size.height}-${language}`;
    test(`the desk in a busy moment, ${label}: overview, detail, links, shortcuts`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      busy = await startBusyWorld();
      await page.setViewportSize(size);
      app = await openApp(page, {
        configFile: busy.configFile,
        view: 'coordinator',
        language,
        operator: 'Anna',
      });
      const dashboard = new DashboardPage(page);
      await dashboard.ready();
      await expect(dashboard.tile('escalation')).toHaveAttribute('data-status', 'critical', {
        timeout: 15_000,
      });
      await expect(dashboard.tile('helpdesk')).toHaveAttribute('data-status', 'critical');
      await expectEveryStatusInSight(page, label);
      await expectNothingClipped(page, `overview ${label}`);
      await page.screenshot({ path: `screenshots/desk-overview-${label}.png` });

      // The spiking domain: its detail, with the tickets behind the spike and its chart.
      await page.getByTestId(testIds.deskNavDomain('helpdesk')).click();
      const detail = page.getByTestId(testIds.deskDetail);
      await expect(detail).toHaveAttribute('data-domain', 'helpdesk');
      await expect(detail.getByTestId(testIds.detailTicket).first()).toBeVisible();
      await expect(detail.getByTestId(testIds.detailEvidence).first()).toBeVisible();
      await expectNothingClipped(page, `helpdesk detail ${label}`);
      await page.screenshot({ path: `screenshots/desk-detail-helpdesk-${label}.png` });

      // The privacy ticket opens in TOPdesk: main's allow-list lets its own host through.
      await page.keyboard.press('Escape');
      await page.keyboard.press('4');
      await expect(detail).toHaveAttribute('data-domain', 'privacy');
      const ticketLink = detail.getByTestId(testIds.ticketLink).first();
      await expect(ticketLink).toHaveText('I 2611 301');
      await ticketLink.click();
      await expect.poll(() => app!.openedLinks.length).toBe(1);
      expect(app.openedLinks[0]).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/tas\/secure\/incident\?action=lookup&lookup=naam&lookupValue=I%202611%20301$/,
      );
      await expect(detail.getByTestId(testIds.linkRefused).first()).toHaveText('');
      // A foreign link, asked for as the page would: refused, and nothing opened.
      const foreign = await page.evaluate(() =>
        (
          window as unknown as { dijkwacht: { openLink(r: { url: string }): Promise<unknown> } }
        ).dijkwacht.openLink({ url: 'https://evil.example/tas/secure/incident' }),
      );
      expect(foreign).toEqual({ status: 'refused', reason: 'host' });
      expect(app.openedLinks).toHaveLength(1);
      await expectNothingClipped(page, `privacy detail ${label}`);
      await page.screenshot({ path: `screenshots/desk-detail-privacy-${label}.png` });

      // The shortcuts' help, in the UI's language, closed with Escape.
      await page.keyboard.press('?');
      const help = page.getByTestId(testIds.shortcutHelp);
      await expect(help).toBeVisible();
      await expect(help).toContainText(language === 'nl' ? 'Volgend domein' : 'Next domain');
      await expectNothingClipped(page, `help ${label}`);
      await page.screenshot({ path: `screenshots/desk-shortcuts-${label}.png` });
      if (size.width === 1440) await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();
      if (size.width === 1440) await expectNoAxeViolations(page);
    });
  }
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 2560, height: 1440 },
] as const) {
  test(`the desk with the longest texts, ${size.width}×${size.height}: nothing hidden`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(size);
    const now = new Date();
    fixed = await openFixedApp(page, {
      snapshot: longTextSnapshot(now),
      events: longTextEvents(now),
      charts: sampleCharts,
      view: 'coordinator',
      language: 'nl',
    });
    await new DashboardPage(page).ready();
    const label = `${size.width}x${size.height}`;
    await expectEveryStatusInSight(page, label);
    await expectNothingClipped(page, `overview ${label}`);
    await page.screenshot({ path: `screenshots/desk-long-texts-${label}.png` });
    await page.getByTestId(testIds.deskOpenDomain('privacy')).click();
    const detail = page.getByTestId(testIds.deskDetail);
    await expect(detail.getByTestId(testIds.detailTicket).first()).toBeVisible();
    await expectNothingClipped(page, `detail ${label}`);
    await page.screenshot({ path: `screenshots/desk-long-texts-detail-${label}.png` });
    await detail.getByTestId(testIds.ticketLink).first().click();
    await expect.poll(() => fixed!.openedLinks.length).toBe(1);
    expect(fixed.openedLinks[0]).toMatch(/^https:\/\/topdesk\.example\/tas\/secure\/incident\?/);
  });
}
