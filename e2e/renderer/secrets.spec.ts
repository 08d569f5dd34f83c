import { expect, test } from '@playwright/test';
import { DEMO_CREDENTIALS } from '../../electron/simulator/demo-config.ts';
import { secretForms } from '../../electron/sources/scrub/secret-forms.ts';
import { startBusyWorld } from '../fixtures/busy-world.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

let app: RunningApp | undefined;
let busy: Awaited<ReturnType<typeof startBusyWorld>> | undefined;
test.afterEach(async () => {
  await app?.close();
  await busy?.close();
});

const FORMS = [
  ...secretForms(DEMO_CREDENTIALS.topdeskPassword, DEMO_CREDENTIALS.topdeskUser),
  ...secretForms(DEMO_CREDENTIALS.statuscakeToken),
  ...secretForms(DEMO_CREDENTIALS.elasticsearchApiKey),
];

test('sources that echo our credentials put no form of them on the screen', async ({ page }) => {
  busy = await startBusyWorld();
  app = await openApp(page, { configFile: busy.configFile, view: 'coordinator', language: 'en' });
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  const fault = { kind: 'echo-credentials', status: 401 } as const;
  busy.world.topdesk.injectFault(fault);
  busy.world.statuscake.injectFault(fault, { times: 1000 });
  busy.world.elasticsearch.injectFault(fault);
  for (const id of ['topdesk', 'statuscake', 'elk']) {
    await expect(dashboard.source(id)).toHaveAttribute('data-health', 'failing', {
      timeout: 15_000,
    });
    await expect(dashboard.source(id)).toContainText('«secret»');
  }
  const shown = await page.locator('body').innerText();
  const html = await page.content();
  for (const form of FORMS) {
    expect(shown, `the screen shows ${form}`).not.toContain(form);
    expect(html, `the page holds ${form}`).not.toContain(form);
  }
});
