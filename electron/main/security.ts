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

/** The web permissions the app's own page may have: notifications, and nothing else. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications']);

/** Who asks, as Electron's permission handlers describe it. */
export interface PermissionRequester {
  /** The requesting frame's URL (`details.requestingUrl`); absent when no document asks. */
  readonly url: string | undefined;
  readonly isMainFrame: boolean;
  /** The check handler's `requestingOrigin`. */
  readonly origin?: string;
  /** Set by Electron for a cross-origin subframe's check. */
  readonly embeddingOrigin?: string;
}

/**
 * Checklist 5: an allowed permission, asked by the app's own top-level page (app://dijkwacht,
 * compared parsed, never by prefix). Any other permission or asker is refused.
 */
export function isPermissionAllowed(permission: string, requester: PermissionRequester): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission) || requester.embeddingOrigin !== undefined) return false;
  if (requester.origin !== undefined && !isTrustedSender({ url: requester.origin, parent: null }))
    return false;
  const parent = requester.isMainFrame ? null : 'a subframe';
  return isTrustedSender({ url: requester.url ?? '', parent });
}

/**
 * Installs isPermissionAllowed as both of the session's handlers: requests (asynchronous) and
 * checks (synchronous, such as `Notification.permission`); Electron grants what neither refuses.
 */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      isPermissionAllowed(permission, {
        url: details.requestingUrl,
        isMainFrame: details.isMainFrame,
      }),
    ),
  );
  session.setPermissionCheckHandler((_contents, permission, origin, details) =>
    isPermissionAllowed(permission, {
      url: details.requestingUrl,
      isMainFrame: details.isMainFrame,
      origin,
      embeddingOrigin: details.embeddingOrigin,
    }),
  );
}
