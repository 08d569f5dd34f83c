import { expect, test } from '@playwright/test';
import { domainIds } from '../../shared/playbook/domains.ts';
import { testIds } from '../../renderer/testids.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { closedPort, writeConfig } from '../fixtures/configs.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

let app: RunningApp | undefined;
test.afterEach(async () => app?.close());

test('the demo wall display shows the seven domains in playbook order, fed by the simulator', async ({
  page,
}) => {
  app = await openApp(page, { view: 'wall', language: 'nl' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  expect(await dashboard.tileOrder()).toEqual(domainIds.map((id) => testIds.domainTile(id)));
  await expect(dashboard.demoBadge).toHaveText('DEMO');
  await expect(dashboard.tile('privacy').getByTestId(testIds.domainLine)).toContainText(
    'Telefonisch contact met 5.1.2e (naam geredigeerd)',
  );
  await expect(dashboard.tile('privacy').getByTestId(testIds.domainRoles)).toContainText(
    'Privacy – coördinatie',
  );
  // The quiet start of the scenario: once every source has answered, every domain is green.
  for (const id of domainIds)
    await expect(dashboard.tile(id)).toHaveAttribute('data-status', 'ok', { timeout: 15_000 });
  await expect(dashboard.tile('privacy').getByTestId(testIds.domainStatus)).toContainText(
    'IN ORDE',
  );
});

test('the demo scenario drives the domains through its phases', async ({ page }) => {
  test.setTimeout(90_000);
  // 1 scenario minute = 0.2 s: the whole launch weekend in 40 seconds.
  app = await openApp(page, { view: 'wall', language: 'en', demoSpeed: 300 });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  const phases = [
    ['helpdesk', 'critical'],
    ['ggd-portal', 'critical'],
    ['security', 'critical'],
    ['privacy', 'critical'],
    ['escalation', 'critical'],
    ['privacy', 'ok'],
  ] as const;
  for (const [domain, status] of phases) {
    await expect(dashboard.shown(domain)).toHaveAttribute('data-status', status, {
      timeout: 40_000,
    });
  }
});

test('English shows the same tiles in English', async ({ page }) => {
  app = await openApp(page, { view: 'wall', language: 'en' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  await expect(dashboard.tile('ggd-portal')).toContainText('GGD portal');
  await expect(dashboard.tile('escalation').getByTestId(testIds.domainLine)).toContainText(
    'Escalation: 5.1.2e phones 5.1.2e (names redacted)',
  );
  await expect(dashboard.tile('escalation').getByTestId(testIds.domainStatus)).toContainText(
    /UNKNOWN|OK/,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a config file replaces the demo: no DEMO label, its sources listed, contacts beside roles', async ({
  page,
}) => {
  const configFile = await writeConfig(
    [
      'title: Oefening dijkwacht',
      'contacts: contacts.csv',
      'sources:',
      `  - { id: am, kind: alertmanager, url: "http://127.0.0.1:${await closedPort()}" }`,
      '',
    ].join('\n'),
    {
      'contacts.csv':
        'role,name,phone,email\nprivacy-coordination,Pat Privacy,06-12345678,pat@example.nl\n',
    },
  );
  app = await openApp(page, { configFile, view: 'coordinator', language: 'nl' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oefening dijkwacht');
  await expect(dashboard.demoBadge).toHaveCount(0);
  await expect(dashboard.source('am')).toHaveAttribute('data-health', 'failing');
  await expect(dashboard.source('am')).toContainText(/bron onbereikbaar .*connection refused/);
  await expect(dashboard.tile('privacy')).toContainText('Pat Privacy');
  await expect(dashboard.tile('privacy')).toContainText('06-12345678');
  await expect(page.getByTestId(testIds.resolverGroups)).toContainText(
    'KPN Enterprise Service Desk',
  );
});

test('language and view toggles switch the screen and survive a reload', async ({ page }) => {
  app = await openApp(page, { view: 'coordinator', language: 'nl', operator: 'Anna' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  await dashboard.languageToggle.click();
  await expect(dashboard.tile('security')).toContainText('Report from the SOC');
  await dashboard.viewToggle.click();
  await expect(dashboard.app).toHaveAttribute('data-view', 'wall');
  await page.reload();
  await dashboard.ready();
  await expect(dashboard.app).toHaveAttribute('data-view', 'wall');
  await expect(dashboard.tile('security').getByTestId(testIds.domainStatus)).toContainText(
    /UNKNOWN|OK/,
  );
});
