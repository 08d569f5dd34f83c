import { expect, test, type Page } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { expectNoAxeViolations, findClipping } from '../pages/layout-checks.ts';

/**
 * The demo's launch weekend on the wall, stage by stage, as the room sees it: screenshots of
 * every stage at the sizes people look at, in both languages, each checked for clipping and
 * with axe. One scenario minute is 0.6 s, so the story reaches its recovery in under two
 * minutes; the wall and an English wall beside it watch the same collector.
 */

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1366, height: 768 },
] as const;

const STAGES: readonly {
  name: string;
  phase: string;
  expect: readonly (readonly [DomainId, string])[];
}[] = [
  {
    name: 'quiet',
    phase: 'quiet',
    expect: [
      ['helpdesk', 'ok'],
      ['ggd-portal', 'ok'],
    ],
  },
  { name: 'spike', phase: 'helpdesk-spike', expect: [['helpdesk', 'critical']] },
  { name: 'outage', phase: 'ggd-portal-outage', expect: [['ggd-portal', 'critical']] },
  {
    name: 'recovery',
    phase: 'recovery',
    expect: [
      ['privacy', 'ok'],
      ['ggd-portal', 'ok'],
    ],
  },
];

let app: RunningApp | undefined;
test.afterEach(async () => {
  await app?.close();
});

test('quiet → spike → outage → recovery: every stage readable, nothing hidden, both languages', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  app = await openApp(page, { view: 'wall', language: 'nl', demoSpeed: 100 });
  // A context of its own, as axe asks (it opens a page in the context to finish its run).
  const englishContext = await browser.newContext();
  const english = await englishContext.newPage();
  await app.attach(english, { view: 'wall', language: 'en' });
  const walls = [
    { page, language: 'nl' },
    { page: english, language: 'en' },
  ] as const;
  for (const wall of walls) await new DashboardPage(wall.page).ready();
  const running = app;
  for (const stage of STAGES) {
    await expect
      .poll(() => running.simulator?.driver.phase(), { timeout: 150_000, intervals: [200] })
      .toBe(stage.phase);
    for (const wall of walls) {
      const dashboard = new DashboardPage(wall.page);
      for (const [domain, status] of stage.expect) {
        await expect(dashboard.shown(domain)).toHaveAttribute('data-status', status, {
          timeout: 20_000,
        });
      }
      // Starting up is no change of state: nothing is flagged while the weekend is quiet.
      if (stage.name === 'quiet') {
        await expect(wall.page.getByTestId(testIds.domainChanged)).toHaveCount(0);
      }
      await shootEverySize(wall.page, `${stage.name}-${wall.language}`);
    }
  }
  await englishContext.close();
});

async function shootEverySize(page: Page, label: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // A detail page's chart is loaded on first use: the picture is taken once it is drawn.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect
      .poll(() => findClipping(page), { message: `${label} ${size.width}`, timeout: 5_000 })
      .toEqual({ page: false, boxes: [], silentCuts: [] });
    await page.screenshot({ path: `screenshots/stage-${label}-${size.width}x${size.height}.png` });
    if (size.width === 1920) await expectNoAxeViolations(page);
  }
}
