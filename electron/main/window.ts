import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { ViewName } from '../../shared/ipc/views.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { APP_ENTRY_URL, secureWebPreferences } from './security.ts';

/** No window is made smaller than this (a restored one neither, where the screen allows it). */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

/**
 * Options for the app's windows; the wall display is a borderless full screen (a kiosk), on the
 * display whose `bounds` it is given (WallPlacement chooses it).
 */
export function windowOptions(
  view: ViewName,
  preloadPath: string,
  bounds?: Rectangle,
): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    ...(bounds && { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#0b0f14',
    title: 'Dijkwacht',
    autoHideMenuBar: view === 'wall',
    kiosk: view === 'wall',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The page of a view; `domain` opens the desk on that domain (a clicked desktop alert). */
export function entryUrl(view: ViewName, domain?: DomainId): string {
  return `${APP_ENTRY_URL}?view=${view}${domain ? `&domain=${domain}` : ''}`;
}

/** Shows the window once it has painted, so a wall display never flashes an empty frame. */
export async function openWindow(
  window: BrowserWindow,
  view: ViewName,
  domain?: DomainId,
): Promise<void> {
  window.once('ready-to-show', () => window.show());
  await window.loadURL(entryUrl(view, domain));
}
