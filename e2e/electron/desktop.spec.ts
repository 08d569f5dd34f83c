import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DashboardPage } from '../pages/dashboard-page.ts';
import { findElectronBinary } from './electron-binary.ts';

/**
 * The desktop conventions (docs/desktop.md) in a real Electron: one instance, the application
 * menu, the config found without a terminal, the window's place remembered, the log file.
 * Skipped, and said so, where no Electron binary exists.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const executablePath = findElectronBinary();
test.skip(!executablePath, 'skipped: no Electron binary on this machine');

let folder = '';
let app: ElectronApplication | null = null;

/** The app as a launcher starts it: no --config, no environment, its own data folder; English. */
function launchArgs(...extra: string[]): string[] {
  return [
    ROOT,
    `--user-data-dir=${path.join(folder, 'user-data')}`,
    '--lang=en-US',
    '--db',
    path.join(folder, 'timeline.sqlite'),
    ...extra,
  ];
}

async function launch(...extra: string[]): Promise<ElectronApplication> {
  const env = { ...process.env };
  delete env.DIJKWACHT_CONFIG;
  app = await electron.launch({
    executablePath: executablePath ?? undefined,
    args: launchArgs(...extra),
    cwd: ROOT,
    env: env as Record<string, string>,
  });
  await new DashboardPage(await app.firstWindow()).ready();
  return app;
}

test.beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-desktop-'));
});
test.afterEach(async () => {
  await app?.close();
  app = null;
});

test('a second start brings the running app forward and opens the wall it asked for', async () => {
  const running = await launch();
  const second = spawn(executablePath ?? '', launchArgs('--wall'), { cwd: ROOT, stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect.poll(() => running.windows().length).toBe(2);
  const kiosks = await running.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => window.isKiosk()),
  );
  expect(kiosks.sort()).toEqual([false, true]);
});

test('the menu has File, Edit, View and Help — and in development the developer tools', async () => {
  const running = await launch();
  const menu = await running.evaluate(({ Menu }) => {
    type Item = { label: string; role?: string; submenu?: { items: Item[] } | null };
    const items: Item[] = Menu.getApplicationMenu()?.items ?? [];
    const all = (list: Item[]): Item[] =>
      list.flatMap((item) => [item, ...all(item.submenu?.items ?? [])]);
    return {
      top: items.map((item) => item.label),
      labels: all(items).map((item) => item.label),
      roles: all(items).map((item) => item.role ?? ''),
    };
  });
  expect(menu.top).toEqual(expect.arrayContaining(['File', 'View', 'Help']));
  expect(menu.labels).toEqual(
    expect.arrayContaining(['Open configuration…', 'Create configuration…', 'Show logs']),
  );
  // Not packaged here: development keeps the developer tools (a packaged app has none).
  expect(menu.roles.map((role) => role.toLowerCase())).toContain('toggledevtools');
});

test('started without --config, it uses the config in its data folder', async () => {
  const config = path.join(folder, 'user-data', 'dijkwacht.yaml');
  await launch();
  await app?.close();
  await writeFile(
    config,
    [
      'title: Launcher test',
      'timezone: Europe/Amsterdam',
      'sources:',
      '  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9" }',
      '',
    ].join('\n'),
  );
  const running = await launch();
  const page = await running.firstWindow();
  const info = await page.evaluate(() =>
    (
      window as unknown as {
        dijkwacht: { getAppInfo(): Promise<{ configFile: string | null; demo: boolean }> };
      }
    ).dijkwacht.getAppInfo(),
  );
  expect(info).toMatchObject({ configFile: config, demo: false });
});

test("the desk's size and place are remembered across a restart", async () => {
  const first = await launch();
  const wanted = { x: 40, y: 50, width: 1000, height: 700 };
  await first.evaluate(({ BrowserWindow }, bounds) => {
    BrowserWindow.getAllWindows()[0]?.setBounds(bounds);
  }, wanted);
  // Saved once the move has settled: wait for the file, not the clock.
  const stateFile = path.join(folder, 'user-data', 'window-state.json');
  await expect
    .poll(() => readFile(stateFile, 'utf8').catch(() => ''), { timeout: 10_000 })
    .toContain('"width": 1000');
  await first.close();
  const second = await launch();
  const bounds = await second.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.getBounds(),
  );
  expect(bounds?.width).toBe(wanted.width);
  expect(bounds?.height).toBe(wanted.height);
});

test('main writes its log to the log folder, with ISO times', async () => {
  const running = await launch();
  const logs = await running.evaluate(({ app: electronApp }) => electronApp.getPath('logs'));
  const text = await readFile(path.join(logs, 'main.log'), 'utf8');
  expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z Dijkwacht .* starts/m);
  expect(text).toMatch(/configuration: the built-in demo \(demo\)/);
});
