import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerSaveBlocker,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { DEFAULT_VIEW, type ViewName } from '../../shared/ipc/views.ts';
import { EXIT_FAILED } from '../../shared/snapshot/exit-code.ts';
import {
  checkConfigFile,
  startSeat,
  startServices,
  startupErrorMessage,
  type StartOptions,
} from '../app/start-services.ts';
import { systemClock } from '../time/clock.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { DesktopNotifier } from './desktop-notifier.ts';
import { registerIpcHandlers } from './ipc.ts';
import { keepDisplayAwake } from './keep-awake.ts';
import { parseLaunchOptions } from './launch-options.ts';
import { APP_SCHEME, lockDownContents, restrictPermissions } from './security.ts';
import { StatusTray } from './status-tray.ts';
import { WallDisplayFile } from './wall-display-file.ts';
import { screenWallDisplays } from '../settings/wall-displays.ts';
import { electronDisplays, WallPlacement } from './wall-placement.ts';
import { watchRenderer } from './watch-renderer.ts';
import { openWindow, windowOptions } from './window.ts';
import { WindowManager } from './windows.ts';
import { aboutPanelOptions, HOMEPAGE } from './about.ts';
import { appMenuTemplate, menuLanguage, type MenuLanguage } from './app-menu.ts';
import { configActions } from './config-actions.ts';
import { askRecovery } from './config-dialogs.ts';
import {
  chooseConfigFile,
  defaultConfigFile,
  relaunchArgs,
  RememberedConfig,
  type ConfigChoice,
  type RestartTarget,
} from './config-location.ts';
import { recoverFromUnusableConfig, settledWithin } from './config-open.ts';
import { DIALOG_TEXTS } from './dialog-texts.ts';
import { demoRequested } from './launch-options.ts';
import { seatToStart, warRoomRelaunchArgs } from './war-room-launch.ts';
import { secretValuesIn } from './log-scrubber.ts';
import { MainLog, routeConsole } from './main-log.ts';
import { menuActions } from './menu-actions.ts';
import { answerSecondLaunch, secondLaunchData } from './single-instance.ts';
import { keepCheckingForUpdates, updateDecision, type Updater } from './updates.ts';
import { restorePlacement, screenAreas } from './window-bounds.ts';
import { remembersPlacement, WindowStateFile, WindowStateKeeper } from './window-state.ts';
import { MIN_WINDOW_SIZE } from './window.ts';

/** How often main re-sends the snapshot even when nothing changed (see VIEWER_MAX_SNAPSHOT_AGE_MS). */
const HEARTBEAT_MS = 5_000;
/** build/electron-builder.yml's appId, which the installer gives the Start menu shortcut. */
const APP_ID = 'nl.dijkwacht.app';
const clock = systemClock;
/** How long a restart waits for the services to stop (collector-stopped, the store's claim). */
const RESTART_STOP_MS = 10_000;
/** Main's log file (docs/desktop.md, "Logs"), from the moment the app is ready; stderr before. */
let mainLog: MainLog | null = null;
const log = (line: string) => (mainLog ? mainLog.line(line) : writeStderr(line));
/** What a start that fails on its config needs to offer another one (startupFailed). */
let startedOn: {
  readonly choice: ConfigChoice;
  readonly texts: (typeof DIALOG_TEXTS)[keyof typeof DIALOG_TEXTS];
  readonly configs: ReturnType<typeof configActions>;
} | null = null;
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
  const fileLog = new MainLog({ dir: app.getPath('logs'), clock, echo: writeStderr });
  mainLog = fileLog;
  routeConsole(console, log);
  process.on('unhandledRejection', (reason) =>
    log(`Dijkwacht: unhandled rejection: ${String(reason)}`),
  );
  log(`Dijkwacht ${app.getVersion()} starts; this log: ${fileLog.file}`);
  const language = menuLanguage(app.getLocale());
  const texts = DIALOG_TEXTS[language];
  const remembered = new RememberedConfig(dataDir);
  const choice = await chooseStartConfig(dataDir, options.configFile, remembered);
  app.setAboutPanelOptions(
    aboutPanelOptions({ name: 'Dijkwacht', version: app.getVersion(), homepage: HOMEPAGE }),
  );
  let stopRunning: () => Promise<void> = async () => {};
  const configs = configActions({
    dialog,
    shell,
    texts,
    dataDir,
    currentFile: choice.file,
    focusedWindow: () => BrowserWindow.getFocusedWindow(),
    validate: (file) => checkConfigFile(file, { dataDir, keychain: safeStorage }),
    remember: (file) => remembered.remember(file),
    restart: (target) => void restartOn(target, () => stopRunning()),
    log,
  });
  startedOn = { choice, texts, configs };
  // Windows shows notifications only from the AppUserModelID of the app's shortcut.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const wallFile = new WallDisplayFile(dataDir);
  const savedWallDisplay = await wallFile.read();
  const windowStateFile = new WindowStateFile(dataDir);
  const savedWindowStates = await windowStateFile.read();
  // A click opens the desk: `windows` is set in the turn in which startServices resolves (no
  // await in between), so before any click can be handled.
  const notifier = new DesktopNotifier({
    Notification,
    showDomain: (domain) => void windows.showDomain(domain).catch(logError('show the domain')),
    log,
  });
  const startOptions: Omit<StartOptions, 'store'> = {
    configFile: choice.file,
    version: app.getVersion(),
    dataDir,
    chooseExportFile: (suggestedName) =>
      chooseExportFile(BrowserWindow.getFocusedWindow(), suggestedName),
    chooseImportFile: () => chooseImportFile(BrowserWindow.getFocusedWindow()),
    // The page's own clipboard permission is denied (security.ts): main writes it.
    writeClipboard: (text) => clipboard.writeText(text),
    // Only what the desk's allow-list accepted reaches here (electron/app/external-links.ts).
    openExternal: (href) => shell.openExternal(href), // eng-disable OPEN_EXTERNAL_JS_CHECK — href passed checkExternalLink's allow-list
    notify: notifier.notify,
    openConfig: configs.open,
    // Join or leave the shared war room from the settings page: war-room.json is written by then.
    relaunch: async ({ join }) => {
      log(`Dijkwacht: restarting ${join ? 'as a seat of the shared war room' : 'as no seat'}`);
      void relaunchWith(warRoomRelaunchArgs(process.argv.slice(1), join), () => stopRunning());
    },
    // Secrets entered in the app: the OS keychain, refused on Linux's basic_text (docs/settings.md).
    keychain: safeStorage,
    displays: screenWallDisplays(screen, wallFile),
  };
  // A seat of the shared war room polls nothing; it opens even when the server does not answer.
  const seat = await seatToStart({
    argv: process.argv.slice(1),
    env: process.env,
    dataDir,
    keychain: safeStorage,
    log,
  });
  const { services, stop, wallDisplay, config } = seat
    ? await startSeat({ ...startOptions, ...seat, log })
    : await startServices({
        ...startOptions,
        store: options.db ?? defaultStore(dataDir, choice.file),
      });
  const stopHeartbeat = services.startHeartbeat(HEARTBEAT_MS);
  stopRunning = stop;
  // Configured secrets never reach the log, whatever line quotes them (docs/desktop.md, "Logs").
  fileLog.scrubber.add(secretValuesIn(config));
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
  const windowState = new WindowStateKeeper({
    initial: savedWindowStates,
    file: windowStateFile,
    displayOf: (bounds) => screen.getDisplayMatching(bounds).id,
    clock,
    log,
  });
  const restoreWindow = (view: ViewName) =>
    remembersPlacement(view)
      ? restorePlacement(
          windowState.saved(view),
          screenAreas(screen),
          screen.getPrimaryDisplay().id,
          MIN_WINDOW_SIZE,
        )
      : null;
  const preload = path.join(__dirname, '../preload/index.cjs');
  const createWindow = (view: ViewName): BrowserWindow => {
    const wallOn = view === 'wall' ? (placement.choose()?.display ?? null) : null;
    const restored = restoreWindow(view);
    const bounds = wallOn?.bounds ?? restored?.bounds;
    // Electronegativity (scripts/electronegativity.mjs) reads only options written out inline;
    // these come from windowOptions, checked for every window by web-preferences.test.ts.
    // CONTEXT_ISOLATION_JS_CHECK — false positive: secureWebPreferences sets contextIsolation.
    // SANDBOX_JS_CHECK — false positive: secureWebPreferences sets sandbox: true.
    // AUXCLICK_JS_CHECK — a middle click can only ask for a new window: lockDownContents denies all.
    const window = new BrowserWindow(windowOptions(view, preload, bounds)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    watchRenderer(window, { view, clock, log });
    if (remembersPlacement(view)) {
      windowState.track(view, window);
      // Maximised once painted: maximize() on a hidden window would show it empty first.
      if (restored?.maximized) window.once('ready-to-show', () => window.maximize());
    }
    if (view === 'wall') {
      placement.attach(window, wallOn);
      keepDisplayAwake(window, powerSaveBlocker);
    }
    return window;
  };
  const windows = new WindowManager({ create: createWindow, load: openWindow, feeds: services });
  const show = (view: ViewName) => void windows.open(view).catch(logError(`open the ${view}`));
  followDesktop({ windows, configs, language, runningConfig: choice.file, show });

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
  const updates = new AbortController();
  app.on('before-quit', () => {
    updates.abort();
    stopTray();
    stopHeartbeat();
    void stop();
  });
  await windows.open(options.view);
  void keepCheckingForUpdates({
    decision: updateDecision({
      packaged: app.isPackaged,
      env: process.env,
      appUpdateYml: await readAppUpdateYml(),
    }),
    load: loadUpdater,
    clock,
    log,
    signal: updates.signal,
  });
}

/**
 * The config to start on (docs/desktop.md): --config or DIJKWACHT_CONFIG, else the one last
 * opened, else <userData>/dijkwacht.yaml, else the demo. Logged, with why a candidate was skipped.
 */
async function chooseStartConfig(
  dataDir: string,
  launchFile: string | null,
  remembered: RememberedConfig,
): Promise<ConfigChoice> {
  const choice = await chooseConfigFile({
    launchFile,
    rememberedFile: await remembered.read(),
    defaultFile: defaultConfigFile(dataDir),
    demo: demoRequested(process.argv.slice(1)),
  });
  choice.notes.forEach((note) => log(`Dijkwacht: ${note}`));
  log(`Dijkwacht: configuration: ${choice.file ?? 'the built-in demo'} (${choice.origin})`);
  return choice;
}

/** The application menu, a second start, and macOS's Dock icon (docs/desktop.md). */
function followDesktop(desktop: {
  readonly windows: WindowManager<BrowserWindow>;
  readonly configs: ReturnType<typeof configActions>;
  readonly language: MenuLanguage;
  readonly runningConfig: string | null;
  readonly show: (view: ViewName) => void;
}): void {
  const { show } = desktop;
  const menu = appMenuTemplate(
    {
      platform: process.platform,
      packaged: app.isPackaged,
      appName: 'Dijkwacht',
      language: desktop.language,
    },
    menuActions({
      windows: desktop.windows,
      configs: desktop.configs,
      openLogFolder: () => shell.openPath(app.getPath('logs')),
      showAbout: () => app.showAboutPanel(),
      log,
    }),
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  // One app per user: a second start (from a launcher, or `--wall`) brings this one forward.
  app.on('second-instance', (_event, argv, workingDirectory, data) => {
    const answer = answerSecondLaunch(data, argv, workingDirectory, desktop.runningConfig);
    if (answer.note) log(answer.note);
    show(answer.view);
  });
  // macOS: the Dock icon opens the desk again when every window was closed.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) show(DEFAULT_VIEW);
  });
}

/** Stops the services (at most RESTART_STOP_MS), then starts the app again on the target. */
async function restartOn(target: RestartTarget, stopRunning: () => Promise<void>): Promise<void> {
  log(`Dijkwacht: restarting on ${target === 'demo' ? 'the demo' : target.configFile}`);
  await relaunchWith(relaunchArgs(process.argv.slice(1), target), stopRunning);
}

/** Stops the services (at most RESTART_STOP_MS), then starts the app again with `args`. */
async function relaunchWith(args: string[], stopRunning: () => Promise<void>): Promise<void> {
  const stopped = await settledWithin(stopRunning(), RESTART_STOP_MS, clock).catch(
    (error: unknown) => {
      logError('stop before restarting')(error);
      return false;
    },
  );
  if (!stopped) log('Dijkwacht: the services did not stop in time; restarting anyway');
  // relaunch + exit rather than restarting the services in this process: every window, the
  // tray, the IPC handlers and the store's claim were wired to the old services once, at start.
  app.relaunch({ args });
  app.exit(0);
}

/** electron-builder's update settings, when the build had an update server (docs/packaging.md). */
async function readAppUpdateYml(): Promise<string | null> {
  if (!app.isPackaged) return null;
  return readFile(path.join(process.resourcesPath, 'app-update.yml'), 'utf8').catch(() => null);
}

/** Bundled into main by esbuild (the packaged app has no node_modules); loaded only when due. */
async function loadUpdater(): Promise<Updater> {
  const { autoUpdater } = await import('electron-updater');
  return autoUpdater;
}

/** Straight to stderr: console.* goes through the log (routeConsole), which would loop. */
function writeStderr(line: string): void {
  try {
    process.stderr.write(`${line}\n`);
  } catch {
    // No terminal (a Windows GUI start): the file is the log.
  }
}

/**
 * The app cannot start. When it was started from a launcher on a config it remembered or found
 * in its data folder, and that config cannot be used, it offers another one or the demo rather
 * than failing again at every start; otherwise it says why and quits, as before.
 */
async function startupFailed(error: unknown): Promise<void> {
  const message = startupErrorMessage(error);
  log(`Dijkwacht cannot start: ${message}`);
  const origin = startedOn?.choice.origin;
  if (
    startedOn &&
    error instanceof ConfigError &&
    (origin === 'remembered' || origin === 'default')
  ) {
    const { texts, configs } = startedOn;
    await recoverFromUnusableConfig(message, {
      ask: (problem) => askRecovery(dialog, problem, texts),
      openConfig: configs.open,
      startDemo: () => void restartOn('demo', async () => {}),
      quit: () => app.exit(EXIT_FAILED),
    });
    return;
  }
  dialog.showErrorBox('Dijkwacht cannot start', message);
  app.exit(EXIT_FAILED);
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

/** A contacts file to import (docs/contacts.md): CSV or YAML. */
async function chooseImportFile(window: BrowserWindow | null): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    properties: ['openFile'],
    filters: [{ name: 'CSV, YAML', extensions: ['csv', 'yaml', 'yml'] }],
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

// On macOS an app stays running without windows (the Dock and the tray bring them back).
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

const launch = parseLaunchOptions(process.argv.slice(1), process.env);
// One app per user data folder (docs/desktop.md): a second start hands its view and config to
// the running one (`second-instance` above) and quits, so nothing is ever polled twice.
if (app.requestSingleInstanceLock(secondLaunchData(launch.view, launch.configFile))) {
  main().catch((error: unknown) =>
    startupFailed(error).catch((failure: unknown) => {
      dialog.showErrorBox('Dijkwacht cannot start', startupErrorMessage(failure));
      app.exit(EXIT_FAILED);
    }),
  );
} else {
  app.quit();
}
