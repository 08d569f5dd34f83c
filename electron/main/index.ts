import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  Tray,
} from 'electron';
import path from 'node:path';
import type { ViewName } from '../../shared/ipc/views.ts';
import { EXIT_FAILED } from '../../shared/snapshot/exit-code.ts';
import { startServices, startupErrorMessage } from '../app/start-services.ts';
import { systemClock } from '../time/clock.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { DesktopNotifier } from './desktop-notifier.ts';
import { registerIpcHandlers } from './ipc.ts';
import { keepDisplayAwake } from './keep-awake.ts';
import { parseLaunchOptions } from './launch-options.ts';
import { APP_SCHEME, lockDownContents, restrictPermissions } from './security.ts';
import { StatusTray } from './status-tray.ts';
import { WallDisplayFile } from './wall-display-file.ts';
import { electronDisplays, WallPlacement } from './wall-placement.ts';
import { watchRenderer } from './watch-renderer.ts';
import { openWindow, windowOptions } from './window.ts';
import { WindowManager } from './windows.ts';

/** How often main re-sends the snapshot even when nothing changed (see VIEWER_MAX_SNAPSHOT_AGE_MS). */
const HEARTBEAT_MS = 5_000;
/** build/electron-builder.yml's appId, which the installer gives the Start menu shortcut. */
const APP_ID = 'nl.dijkwacht.app';
const clock = systemClock;
const log = (line: string) => console.error(line);
const logError = (doing: string) => (error: unknown) =>
  log(`Dijkwacht: cannot ${doing}: ${String(error)}`);

// Must happen before `ready`. app:// behaves like https (standard, secure); corsEnabled is
// what lets Chromium load the renderer's `<script type="module" crossorigin>` from a custom
// scheme (measured in freelensapp/freelens#2400). Only the app's own page is ever loaded.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, corsEnabled: true } },
]);

app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

async function main(): Promise<void> {
  await app.whenReady();
  const options = parseLaunchOptions(process.argv.slice(1), process.env);
  const dataDir = app.getPath('userData');
  // Windows shows notifications only from the AppUserModelID of the app's shortcut.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const wallFile = new WallDisplayFile(dataDir);
  const savedWallDisplay = await wallFile.read();
  // A click opens the desk: `windows` is set in the turn in which startServices resolves (no
  // await in between), so before any click can be handled.
  const notifier = new DesktopNotifier({
    Notification,
    showDomain: (domain) => void windows.showDomain(domain).catch(logError('show the domain')),
    log,
  });
  const { services, stop, wallDisplay } = await startServices({
    configFile: options.configFile,
    version: app.getVersion(),
    dataDir,
    store: options.db ?? defaultStore(dataDir, options.configFile),
    chooseExportFile: (suggestedName) =>
      chooseExportFile(BrowserWindow.getFocusedWindow(), suggestedName),
    notify: notifier.notify,
  });
  const stopHeartbeat = services.startHeartbeat(HEARTBEAT_MS);
  restrictPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer')));
  registerIpcHandlers(ipcMain, services.handlers);

  const placement = new WallPlacement({
    displays: electronDisplays(screen),
    savedDisplayId: savedWallDisplay,
    file: wallFile,
    // The command line's --display wins over the config's wall.display.
    preferredIndex: options.display ?? wallDisplay,
    clock,
    log,
  });
  const preload = path.join(__dirname, '../preload/index.cjs');
  const createWindow = (view: ViewName): BrowserWindow => {
    const wallOn = view === 'wall' ? (placement.choose()?.display ?? null) : null;
    // Electronegativity (scripts/electronegativity.mjs) reads only options written out inline;
    // these come from windowOptions, checked for every window by web-preferences.test.ts.
    // CONTEXT_ISOLATION_JS_CHECK — false positive: secureWebPreferences sets contextIsolation.
    // SANDBOX_JS_CHECK — false positive: secureWebPreferences sets sandbox: true.
    // AUXCLICK_JS_CHECK — a middle click can only ask for a new window: lockDownContents denies all.
    const window = new BrowserWindow(windowOptions(view, preload, wallOn?.bounds)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    watchRenderer(window, { view, clock, log });
    if (view === 'wall') {
      placement.attach(window, wallOn);
      keepDisplayAwake(window, powerSaveBlocker);
    }
    return window;
  };
  const windows = new WindowManager({ create: createWindow, load: openWindow, feeds: services });
  const show = (view: ViewName) => void windows.open(view).catch(logError(`open the ${view}`));

  const tray = new StatusTray(
    {
      createTray: (image) => new Tray(image),
      createImage: (bitmap, size) => nativeImage.createFromBitmap(bitmap, size),
      buildMenu: (template) => Menu.buildFromTemplate(template),
    },
    {
      openCoordinator: () => show('coordinator'),
      openWall: () => show('wall'),
      quit: () => app.quit(),
    },
  );
  const stopTray = tray.follow(services.collector, clock, HEARTBEAT_MS);
  app.on('before-quit', () => {
    stopTray();
    stopHeartbeat();
    void stop();
  });
  await windows.open(options.view);
}

/** The demo keeps its own timeline, so its story never mixes with a real incident's. */
function defaultStore(dataDir: string, configFile: string | null): string {
  return path.join(dataDir, configFile ? 'timeline.sqlite' : 'demo-timeline.sqlite');
}

async function chooseExportFile(
  window: BrowserWindow | null,
  suggestedName: string,
): Promise<string | null> {
  const options = { defaultPath: path.join(app.getPath('documents'), suggestedName) };
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

app.on('window-all-closed', () => app.quit());

main().catch((error: unknown) => {
  dialog.showErrorBox('Dijkwacht cannot start', startupErrorMessage(error));
  app.exit(EXIT_FAILED);
});
