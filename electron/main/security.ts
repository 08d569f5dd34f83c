import type { Session, WebContents, WebPreferences } from 'electron';

/** The renderer's origin: a privileged custom scheme, so no file:// page can pose as the app. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dijkwacht';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The Content-Security-Policy, sent as a header on every app:// response (and repeated in
 * index.html's meta tag). The renderer makes no network calls at all: polling is main's job.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Electron's security checklist items 2–4, 6, 8–10 as one frozen set of preferences, for every
 * window (web-preferences.test.ts checks each one item by item).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return Object.freeze({
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  });
}

/** True only for the app's own top-level page; iframes and other origins are refused (checklist 17). */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
): boolean {
  if (!frame || frame.parent) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The app never navigates, opens windows or attaches webviews (checklist 11–14). */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  // will-navigate only sees the main frame; subframes navigate through this one.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, geolocation, notifications or anything else (checklist 5). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
