import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { testIds } from '../../renderer/testids.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

/**
 * The coordinator's desk acting on a busy moment, through the real collector and a real
 * SQLite timeline: who is on duty, acknowledge, snooze, informed, a criterion met by hand,
 * a decision; then the timeline view, a Woo export, the wall's strip, and a restart.
 */

let app: RunningApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await busy?.close();
});

const OPERATOR = 'Coördinator Zaterdag';

async function signIn(page: Page) {
  await expect(page.getByTestId(testIds.operatorPrompt)).toBeVisible();
  await page.getByTestId(testIds.operatorNameInput).fill(OPERATOR);
  await page.getByTestId(testIds.operatorSave).click();
  await expect(page.getByTestId(testIds.operatorPrompt)).toBeHidden();
}

/** A tile's first mark that the timeline has recorded (it has the action buttons). */
function recordedMark(tile: Locator): Locator {
  return tile
    .getByTestId(testIds.mark)
    .filter({ has: tile.page().getByTestId(testIds.markSnooze) })
    .first();
}

test('a coordinator acts, and the timeline, the export and the wall all show it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  busy = await startBusyWorld();
  app = await openApp(page, { configFile: busy.configFile, view: 'coordinator', language: 'nl' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  await signIn(page);

  // Acknowledge the privacy ticket, with a note.
  const privacy = dashboard.tile('privacy');
  await expect(privacy).toHaveAttribute('data-status', 'critical', { timeout: 20_000 });
  const privacyMark = recordedMark(privacy);
  await privacyMark.getByTestId(testIds.markAcknowledge).click();
  await privacyMark.getByTestId(testIds.acknowledgeNote).fill('FG gebeld, beoordeelt het lek');
  await privacyMark.getByTestId(testIds.actionSubmit).click();
  await expect(privacyMark.getByTestId(testIds.markState)).toContainText(OPERATOR);

  // Snooze the SOC alert for 30 minutes, with a reason.
  const securityMark = recordedMark(dashboard.tile('security'));
  await securityMark.getByTestId(testIds.markSnooze).click();
  await securityMark.getByTestId(testIds.snoozeDuration(30)).click();
  await securityMark.getByTestId(testIds.snoozeReason).fill('KPN onderzoekt, terugbellen 15:30');
  await securityMark.getByTestId(testIds.actionSubmit).click();
  await expect(securityMark.getByTestId(testIds.markState)).toContainText('KPN onderzoekt');

  // Informed the security coordinator, in two clicks.
  const security = dashboard.tile('security');
  await security.getByTestId(testIds.domainInformed).click();
  await security.getByTestId(testIds.informedRole('security-coordination')).click();
  await expect(security.getByTestId(testIds.actionSaved).last()).toBeVisible();

  // The website has no API for a content problem: the criterion is met by hand.
  const website = dashboard.tile('website');
  await expect(website).toHaveAttribute('data-status', 'ok');
  await website.getByTestId(testIds.domainCriterion).click();
  await website.getByTestId(testIds.criterionReason).fill('Verkeerde tekst over de GGD-code');
  await website.getByTestId(testIds.actionSubmit).click();
  await expect(website).toHaveAttribute('data-status', 'critical');

  // A decision for the log.
  const log = page.getByTestId(testIds.logForm);
  await log.getByTestId(testIds.logKind('decision')).click();
  await log.getByTestId(testIds.logText).fill('Persbericht om 15:00, contact via 06-12345678');
  await log.getByTestId(testIds.actionSubmit).click();
  // The saved note sits beside the form, in the log panel.
  await expect(page.locator('.log-panel').getByTestId(testIds.actionSaved)).toBeVisible();

  // The timeline view: newest first, searchable.
  await page.getByTestId(testIds.timelineToggle).click();
  const timeline = page.getByTestId(testIds.timelineView);
  await expect(timeline).toContainText('Persbericht om 15:00');
  await expect(timeline).toContainText('Security – coördinatie geïnformeerd (lijn: ');
  await expect(timeline).toContainText('FG gebeld');
  await page.getByTestId(testIds.timelineSearch).fill('KPN onderzoekt');
  await expect(page.locator('[data-kind]')).toHaveCount(1);
  await expect(page.locator('[data-kind]').first()).toHaveAttribute('data-kind', 'mark-snoozed');
  await page.getByTestId(testIds.timelineClearFilters).click();

  // A Woo export: names, numbers gone; the export itself on the timeline.
  await page.getByTestId(testIds.exportOpen).click();
  const form = page.getByTestId(testIds.exportForm);
  await form.getByTestId(testIds.exportFormat).selectOption('md');
  await expect(form.getByTestId(testIds.exportRedact)).toBeChecked();
  await form.getByTestId(testIds.actionSubmit).click();
  const result = page.getByTestId(testIds.exportResult);
  await expect(result).toHaveAttribute('data-status', 'saved', { timeout: 20_000 });
  const file = (await result.textContent())?.match(/\S+\.md/)?.[0] ?? '';
  const report = await readFile(file, 'utf8');
  expect(report).toContain('Persbericht om 15:00');
  expect(report).toContain('5.1.2e');
  expect(report).not.toContain(OPERATOR);
  expect(report).not.toContain('12345678');
  await expect(timeline).toContainText('geëxporteerd');

  // The wall: the acknowledged mark subdued, the newest events in the strip.
  await page.getByTestId(testIds.timelineToggle).click();
  await page.getByTestId(testIds.viewToggle).click();
  await expect(page.getByTestId(testIds.timelineStrip)).toContainText('geëxporteerd');
  await expect(dashboard.tile('privacy').getByTestId(testIds.markState).first()).toBeVisible();

  // Restarted on the same seat, it remembers: the acknowledgement and the criterion stand.
  const seat = app.seat;
  await app.close();
  const reopened = await page.context().newPage();
  app = await openApp(reopened, { configFile: busy.configFile, view: 'coordinator', seat });
  const again = new DashboardPage(reopened);
  await again.ready();
  await expect(again.tile('website')).toHaveAttribute('data-status', 'critical');
  await expect(recordedMark(again.tile('privacy')).getByTestId(testIds.markState)).toContainText(
    OPERATOR,
    { timeout: 20_000 },
  );
});
