import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import path from 'node:path';
import { EXIT_FAILED } from '../../shared/snapshot/exit-code.ts';
import { startServices, startupErrorMessage } from '../app/start-services.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { push, registerIpcHandlers } from './ipc.ts';
import { parseLaunchOptions } from './launch-options.ts';
import { APP_SCHEME, denyAllPermissions, lockDownContents } from './security.ts';
import { openWindow, windowOptions } from './window.ts';

/** How often main re-sends the snapshot even when nothing changed (see VIEWER_MAX_SNAPSHOT_AGE_MS). */
const HEARTBEAT_MS = 5_000;

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
  let window: BrowserWindow | null = null;
  const { services, stop } = await startServices({
    configFile: options.configFile,
    version: app.getVersion(),
    dataDir,
    store: options.db ?? defaultStore(dataDir, options.configFile),
    chooseExportFile: (suggestedName) => chooseExportFile(window, suggestedName),
  });
  app.on('before-quit', () => void stop());
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer')));
  registerIpcHandlers(ipcMain, services.handlers);

  const preload = path.join(__dirname, '../preload/index.cjs');
  // Electronegativity (scripts/electronegativity.mjs) reads only options written out inline;
  // these come from windowOptions, checked for every window by web-preferences.test.ts.
  // CONTEXT_ISOLATION_JS_CHECK — false positive: secureWebPreferences sets contextIsolation.
  // SANDBOX_JS_CHECK — false positive: secureWebPreferences sets sandbox: true.
  // AUXCLICK_JS_CHECK — a middle click can only ask for a new window: lockDownContents denies all.
  window = new BrowserWindow(windowOptions(options.view, preload)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  const contents = window.webContents;
  services.collector.subscribe((snapshot) => push(contents, 'status:changed', snapshot));
  services.keeper.subscribe((events, lastSeq) =>
    push(contents, 'timeline:appended', { lastSeq, events: [...events].slice(-50) }),
  );
  services.onExportProgress((done, total) => push(contents, 'export:progress', { done, total }));
  window.on('closed', services.startHeartbeat(HEARTBEAT_MS));
  await openWindow(window, options.view);
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
