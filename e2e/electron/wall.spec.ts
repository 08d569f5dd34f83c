import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { findElectronBinary } from './electron-binary.ts';

/**
 * The wall in a real Electron: a kiosk window that keeps the screen awake, and a renderer that
 * main brings back after it crashed. Skipped, and said so, where no Electron binary exists.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const executablePath = findElectronBinary();
test.skip(!executablePath, 'skipped: no Electron binary on this machine');

let app: ElectronApplication;

test.beforeEach(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-wall-'));
  const store = path.join(folder, 'timeline.sqlite');
  // A data folder of its own: one instance per data folder (docs/desktop.md).
  const userData = `--user-data-dir=${path.join(folder, 'user-data')}`;
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: [ROOT, userData, '--db', store, '--wall'],
    cwd: ROOT,
  });
});
test.afterEach(async () => app.close());

test('--wall opens a full-screen kiosk on a display, and the screen may not sleep', async () => {
  const page = await app.firstWindow();
  await new DashboardPage(page).ready();
  const window = await app.evaluate(({ BrowserWindow, screen }) => {
    const [wall] = BrowserWindow.getAllWindows();
    const bounds = wall?.getBounds();
    const display = bounds ? screen.getDisplayMatching(bounds) : null;
    return { kiosk: wall?.isKiosk(), bounds, display: display?.bounds };
  });
  expect(window.kiosk).toBe(true);
  expect(window.bounds).toEqual(window.display);
});

test('a crashed wall renderer is reloaded by main and shows the tiles again', async () => {
  const page = await app.firstWindow();
  await new DashboardPage(page).ready();
  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
  );
  // The watchdog waits a second before its first reload.
  const reloaded = await app.firstWindow();
  await expect(reloaded.getByTestId('app')).toHaveAttribute('data-state', 'ready', {
    timeout: 15_000,
  });
});
