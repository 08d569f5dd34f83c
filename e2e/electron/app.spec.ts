import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { domainIds } from '../../shared/playbook/domains.ts';
import { testIds } from '../../renderer/testids.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { findElectronBinary } from './electron-binary.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const executablePath = findElectronBinary();

const SKIP_REASON =
  'skipped: no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run these)';
if (!executablePath) console.log(`Electron end-to-end tests ${SKIP_REASON}`);
test.skip(!executablePath, SKIP_REASON);

let app: ElectronApplication;
/** Each test its own timeline, so no test inherits another's acknowledgements. */
let store = '';
/**
 * And its own data folder: the app is one instance per data folder and starts on the config
 * remembered there (docs/desktop.md), so the developer's own Dijkwacht must not be reached.
 */
let userData = '';

function launch(): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: executablePath ?? undefined,
    args: [ROOT, `--user-data-dir=${userData}`, '--db', store],
    cwd: ROOT,
  });
}

test.beforeEach(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-electron-'));
  store = path.join(folder, 'timeline.sqlite');
  userData = path.join(folder, 'user-data');
  app = await launch();
});
test.afterEach(async () => app.close());

test('the app window shows the seven demo tiles', async () => {
  const page = await app.firstWindow();
  const dashboard = new DashboardPage(page);
  await dashboard.ready();
  expect(await dashboard.tileOrder()).toEqual(domainIds.map((id) => testIds.domainTile(id)));
  await expect(dashboard.demoBadge).toBeVisible();
});

test('every window is isolated, sandboxed and without Node', async () => {
  const page = await app.firstWindow();
  // getLastWebPreferences is real but missing from electron.d.ts, hence the cast.
  const preferences = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((browserWindow) => {
      const contents = browserWindow.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown> | null;
      };
      const prefs = contents.getLastWebPreferences() ?? {};
      return {
        contextIsolation: prefs.contextIsolation,
        sandbox: prefs.sandbox,
        nodeIntegration: prefs.nodeIntegration,
        webSecurity: prefs.webSecurity,
      };
    }),
  );
  for (const prefs of preferences)
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  expect(
    await page.evaluate(() => [
      typeof (globalThis as Record<string, unknown>).require,
      typeof (globalThis as Record<string, unknown>).process,
    ]),
  ).toEqual(['undefined', 'undefined']);
});

test('navigation and new windows are refused', async () => {
  const page = await app.firstWindow();
  await new DashboardPage(page).ready();
  const before = page.url();
  await page.evaluate(() => window.open('https://evil.example/'));
  await page.evaluate(() => {
    window.location.href = 'https://evil.example/';
  });
  await expect.poll(() => app.windows().length).toBe(1);
  expect(page.url()).toBe(before);
});

test('the timeline outlives the app: a note written before a restart is there after it', async () => {
  const page = await app.firstWindow();
  await new DashboardPage(page).ready();
  await page.getByTestId(testIds.operatorNameInput).fill('Coördinator Zaterdag');
  await page.getByTestId(testIds.operatorSave).click();
  const form = page.getByTestId(testIds.logForm);
  await form.getByTestId(testIds.logText).fill('Overdracht aan de avonddienst');
  await form.getByTestId(testIds.actionSubmit).click();
  await expect(page.locator('.log-panel').getByTestId(testIds.actionSaved)).toBeVisible();
  await app.close();

  app = await launch();
  const reopened = await app.firstWindow();
  await new DashboardPage(reopened).ready();
  await reopened.getByTestId(testIds.timelineToggle).click();
  await expect(reopened.getByTestId(testIds.timelineView)).toContainText(
    'Overdracht aan de avonddienst',
  );
});
