import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { ViewName } from '../../shared/ipc/views.ts';
import { APP_ENTRY_URL, secureWebPreferences } from './security.ts';

/** Options for the app's windows; the wall display is a borderless full screen (a kiosk). */
export function windowOptions(
  view: ViewName,
  preloadPath: string,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#0b0f14',
    title: 'Dijkwacht',
    autoHideMenuBar: view === 'wall',
    kiosk: view === 'wall',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export function entryUrl(view: ViewName): string {
  return `${APP_ENTRY_URL}?view=${view}`;
}

/** Shows the window once it has painted, so a wall display never flashes an empty frame. */
export async function openWindow(window: BrowserWindow, view: ViewName): Promise<void> {
  window.once('ready-to-show', () => window.show());
  await window.loadURL(entryUrl(view));
}
