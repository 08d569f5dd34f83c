import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_CONTACTS_CSV } from '../../electron/contacts/testing/sample-contacts.ts';
import { testIds } from '../../renderer/testids.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

/**
 * A coordinator through a demo incident on the desk, on a laptop and a desktop screen, in
 * Dutch and English (docs/desk.md): load the team's contacts, open the spiking domain, open a
 * ticket in TOPdesk (allowed) and a foreign link (refused), call a contact, log "informed",
 * start the privacy clock and record the AP decision, pause and resume a source. Every step is
 * a screenshot in screenshots/walk-*.png, for review.
 */

let app: RunningApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await busy?.close();
  app = busy = undefined;
});

interface Step {
  readonly page: Page;
  readonly label: string;
}

async function shoot({ page, label }: Step, step: string): Promise<void> {
  await page.screenshot({ path: `screenshots/walk-${step}-${label}.png` });
}

/** The timeline's events of a kind, newest first, from the seat's own services. */
async function eventsOf(kind: string) {
  const { events } = await app!.services.handlers['timeline:page']({
    filter: { kinds: [kind as never] },
    offset: 0,
    limit: 50,
  });
  return events;
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
] as const) {
  for (const language of ['nl', 'en'] as const) {
    const label = `${size.width}x${size.height}-${language}`;
    test(`a coordinator through a demo incident, ${label}`, async ({ page }) => {
      test.setTimeout(120_000);
      busy = await startBusyWorld();
      await page.setViewportSize(size);
      const copied: string[] = [];
      app = await openApp(page, {
        configFile: busy.configFile,
        view: 'coordinator',
        language,
        operator: 'Anna',
        chooseImportFile: async () => SAMPLE_CONTACTS_CSV,
        writeClipboard: (text) => void copied.push(text),
      });
      const step: Step = { page, label };
      const dashboard = new DashboardPage(page);
      await dashboard.ready();
      await expect(dashboard.tile('helpdesk')).toHaveAttribute('data-status', 'critical', {
        timeout: 15_000,
      });

      // The team's contacts, imported from the app.
      await page.getByTestId(testIds.deskNavPage('contacts')).click();
      await page.getByTestId(testIds.contactsImport).click();
      await expect(page.getByTestId(testIds.contactsImportResult)).toContainText(
        'team-contacts.csv',
      );
      await shoot(step, '1-contacts');

      // The spiking domain: its detail, with the tickets behind the spike.
      await page.getByTestId(testIds.deskNavDomain('helpdesk')).click();
      const detail = page.getByTestId(testIds.deskDetail);
      await expect(detail).toHaveAttribute('data-domain', 'helpdesk');
      await expect(detail.getByTestId(testIds.detailTicket).first()).toBeVisible();
      await shoot(step, '2-spike');

      // The privacy incident: its ticket opens in TOPdesk; a foreign link is refused.
      await page.getByTestId(testIds.deskNavDomain('privacy')).click();
      await expect(detail).toHaveAttribute('data-domain', 'privacy');
      await detail.getByTestId(testIds.ticketLink).first().click();
      await expect.poll(() => app!.openedLinks.length).toBe(1);
      expect(app.openedLinks[0]).toContain('/tas/secure/incident?');
      const foreign = await page.evaluate(() =>
        (
          window as unknown as { dijkwacht: { openLink(r: { url: string }): Promise<unknown> } }
        ).dijkwacht.openLink({ url: 'https://evil.example/tas/secure/incident' }),
      );
      expect(foreign).toEqual({ status: 'refused', reason: 'host' });
      await shoot(step, '3-ticket-link');

      // Calling the privacy coordinator: the tel: link is there and main opens it.
      const card = page.getByTestId(testIds.lineCard('privacy'));
      const phone = card.getByTestId(testIds.phoneLink).first();
      await expect(phone).toHaveAttribute('href', 'tel:+31612345678');
      await phone.click();
      await expect.poll(() => app!.openedLinks.at(-1)).toBe('tel:+31612345678');
      await card.getByTestId(testIds.copyNumber).first().click();
      await expect.poll(() => copied).toEqual(['+31 (0)6 1234 5678']);

      // "Informed the privacy coordinator via the line", in one click, on the timeline.
      await card.getByTestId(testIds.informedVia('privacy-coordination')).click();
      await expect(card.getByTestId(testIds.informedSaved)).toBeVisible();
      await expect.poll(async () => (await eventsOf('informed'))[0]?.actor).toBe('Anna');
      await shoot(step, '4-called-informed');

      // The 72-hour clock for the privacy incident, then the decision on notifying the AP.
      const panel = page.getByTestId(testIds.privacyPanel);
      await panel.locator('[data-testid^="privacy-start-"]').first().click();
      const clock = panel.locator('[data-testid^="privacy-clock-"]').first();
      await expect(clock).toHaveAttribute('data-stage', 'first-day');
      await shoot(step, '5-privacy-clock');
      await clock.getByTestId(testIds.privacyDecide).click();
      await clock.getByTestId(testIds.privacyDecision(true)).check();
      await clock
        .getByTestId(testIds.privacyDecisionReason)
        .fill(language === 'nl' ? 'Gegevens van burgers ingezien' : 'Citizens’ data was seen');
      await clock.getByTestId(testIds.actionSubmit).click();
      await expect(clock.getByTestId(testIds.privacyDecided)).toContainText(
        language === 'nl' ? 'Melden bij de AP: ja' : 'Notify the AP: yes',
      );
      await expect.poll(async () => (await eventsOf('decision'))[0]?.domain).toBe('privacy');
      await shoot(step, '6-ap-decision');

      // TOPdesk paused for maintenance: stale and "paused", and nothing it feeds turns green
      // (Helpdesk keeps its spike as a held mark, docs/sources-page.md). Then resumed.
      await page.getByTestId(testIds.deskNavPage('sources')).click();
      const topdesk = page.getByTestId(testIds.sourceCard('topdesk'));
      await topdesk.getByTestId(testIds.sourcePause).click();
      await topdesk
        .getByTestId(testIds.sourcePauseReason)
        .fill(language === 'nl' ? 'Onderhoud TOPdesk' : 'TOPdesk maintenance');
      await topdesk.getByTestId(testIds.actionSubmit).click();
      await expect(topdesk).toHaveAttribute('data-paused', 'true');
      await expect(topdesk).toHaveAttribute('data-health', 'stale');
      await expect(topdesk.getByTestId(testIds.sourcePaused)).toContainText(
        language === 'nl' ? 'gepauzeerd' : 'paused',
      );
      for (const domain of ['helpdesk', 'privacy', 'escalation'] as const)
        await expect(page.getByTestId(testIds.deskNavDomain(domain))).not.toHaveAttribute(
          'data-status',
          'ok',
        );
      await shoot(step, '7-source-paused');
      await topdesk.getByTestId(testIds.sourceResume).click();
      await expect(topdesk).toHaveAttribute('data-paused', 'false');
      await expect(topdesk).toHaveAttribute('data-health', 'ok', { timeout: 15_000 });
      await shoot(step, '8-source-resumed');

      // The settings, where a source is added without writing YAML: secrets only "set".
      await page.getByTestId(testIds.deskNavPage('settings')).click();
      await expect(page.getByTestId('settings-page')).toHaveAttribute('data-state', 'ready');
      await shoot(step, '9-settings');
    });
  }
}
