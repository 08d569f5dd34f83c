import { parse } from 'yaml';
import { z } from 'zod';
import type { Clock } from '../time/clock.ts';

/** The environment variable that points a packaged app at another update server, or `off`. */
export const UPDATE_URL_VARIABLE = 'DIJKWACHT_UPDATE_URL';

export type UpdateDecision =
  /** Check; `feedUrl` set when DIJKWACHT_UPDATE_URL overrides the server built in. */
  | { readonly check: true; readonly feedUrl: string | null; readonly server: string }
  | { readonly check: false; readonly reason: string };

export interface UpdateSetting {
  /** `app.isPackaged`: a development run never updates itself. */
  readonly packaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * The text of `resources/app-update.yml`, which electron-builder writes when the build had
   * DIJKWACHT_UPDATE_URL set (build/electron-builder.yml, `publish`); null when there is none.
   */
  readonly appUpdateYml: string | null;
}

const builtInSchema = z.looseObject({ provider: z.literal('generic'), url: z.string() });

/**
 * Whether the app checks for updates (docs/packaging.md, "Updates"): only when packaged, and
 * only when an update server is configured — at run time by DIJKWACHT_UPDATE_URL (`off` turns
 * checking off), else at build time in app-update.yml. The server must be https (plain http only
 * on loopback, for a local test server): an update is code the app will run.
 */
export function updateDecision(setting: UpdateSetting): UpdateDecision {
  if (!setting.packaged) return { check: false, reason: 'not a packaged app' };
  const override = setting.env[UPDATE_URL_VARIABLE]?.trim();
  if (override === 'off') return { check: false, reason: `${UPDATE_URL_VARIABLE} is off` };
  if (override) {
    const problem = serverProblem(override);
    if (problem) return { check: false, reason: `${UPDATE_URL_VARIABLE}: ${problem}` };
    return { check: true, feedUrl: override, server: override };
  }
  const builtIn = builtInServer(setting.appUpdateYml);
  if (builtIn === null) return { check: false, reason: 'no update server configured' };
  if (builtIn === 'off') return { check: false, reason: 'this build has updates off' };
  const problem = serverProblem(builtIn);
  if (problem) return { check: false, reason: `app-update.yml: ${problem}` };
  return { check: true, feedUrl: null, server: builtIn };
}

function builtInServer(text: string | null): string | null {
  if (text === null) return null;
  try {
    const parsed = builtInSchema.safeParse(parse(text));
    return parsed.success && parsed.data.url.trim() !== '' ? parsed.data.url.trim() : null;
  } catch {
    return null;
  }
}

function serverProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a URL';
  }
  if (url.username || url.password) return 'a URL with credentials in it';
  if (url.protocol === 'https:') return null;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && loopback ? null : 'not an https URL';
}

/** The part of electron-updater's autoUpdater the check uses. */
export interface Updater {
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
  logger: unknown;
  autoDownload: boolean;
}

export interface UpdateCheckOptions {
  readonly decision: UpdateDecision;
  /** Loads electron-updater (bundled into main; loaded only when a check is due). */
  readonly load: () => Promise<Updater>;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  /** The first check waits this long, so the start is never slowed down by it. */
  readonly firstAfterMs?: number;
  /** Then one check every this long: the app runs for days during a launch. */
  readonly everyMs?: number;
  readonly signal: AbortSignal;
}

const FIRST_AFTER_MS = 60_000;
const EVERY_MS = 6 * 60 * 60_000;

/**
 * Checks for updates in the background while the app runs; an update is downloaded and
 * installed when the app quits (electron-updater's default), never in the middle of a shift.
 * Every outcome goes to the log; a failed check is logged and tried again at the next one.
 */
export async function keepCheckingForUpdates(options: UpdateCheckOptions): Promise<void> {
  const { decision, clock, log, signal } = options;
  if (!decision.check) {
    log(`Dijkwacht: no update checks (${decision.reason})`);
    return;
  }
  try {
    await clock.sleep(options.firstAfterMs ?? FIRST_AFTER_MS, signal);
    const updater = await options.load();
    updater.logger = updaterLogger(log);
    updater.autoDownload = true;
    if (decision.feedUrl) updater.setFeedURL({ provider: 'generic', url: decision.feedUrl });
    log(`Dijkwacht: checking for updates at ${decision.server}`);
    for (;;) {
      await updater.checkForUpdatesAndNotify().catch((error: unknown) => {
        log(`Dijkwacht: the update check failed: ${String(error)}`);
      });
      await clock.sleep(options.everyMs ?? EVERY_MS, signal);
    }
  } catch (error) {
    if (!signal.aborted) log(`Dijkwacht: update checks stopped: ${String(error)}`);
  }
}

/** electron-updater logs through `logger.info/warn/error`: into the app's log, scrubbed. */
function updaterLogger(log: (line: string) => void) {
  const line = (level: string) => (message: unknown) =>
    log(`Dijkwacht: updates: ${level}${String(message)}`);
  return { info: line(''), warn: line('warning: '), error: line('error: '), debug: () => {} };
}
