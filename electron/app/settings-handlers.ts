import type { Config } from '../../shared/config/parse-config.ts';
import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import { secretValueProblem } from '../../shared/config/resolve-secrets.ts';
import type { SecretSetResult, SettingsChange } from '../../shared/settings/settings-contract.ts';
import type { DesktopAlert } from '../alerts/desktop-alert.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { addSource } from '../settings/add-source.ts';
import { ConfigDocumentFile, documentData, withOfficeHours } from '../settings/config-document.ts';
import { checkOfficeHours } from '../settings/office-hours.ts';
import { SeatSettingsFile } from '../settings/seat-settings-file.ts';
import { buildSettingsView } from '../settings/settings-view.ts';
import { testDraft } from '../settings/test-draft.ts';
import type { WallDisplays } from '../settings/wall-displays.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import type { Clock } from '../time/clock.ts';
import { findSecretRef } from '../settings/configured-sources.ts';

export type SettingsChannel =
  'settings:get' | 'settings:set' | 'source:test' | 'source:add' | 'secret:set';

export interface SettingsHandlerOptions {
  readonly dataDir: string;
  /** The config file sources and office hours are written to; null on the built-in demo. */
  readonly configFile: string | null;
  /** The config the app started with: the fallbacks for what the file cannot tell now. */
  readonly config: Config;
  readonly secrets: SecretStore;
  /** The displays the wall can use; null where the app cannot see any (the browser tests). */
  readonly displays: WallDisplays | null;
  readonly createClient: (source: SourceConfig) => SourceClient;
  readonly clock: Clock;
  /** Where the other sources' `{ env: NAME }` come from when a new config is checked. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface SettingsServices {
  readonly handlers: Pick<InvokeHandlers, SettingsChannel>;
  /** A desktop alert with this seat's sound setting (settings.json) over the config's. */
  withSeatSound(notify: (alert: DesktopAlert) => void): (alert: DesktopAlert) => void;
}

/**
 * The settings page's IPC (docs/settings.md). Secrets come in once (`source:add`,
 * `source:test`, `secret:set`), go to the keychain store or a single test poll, and never come
 * back out: every answer says "set" or "not set".
 */
export async function settingsServices(options: SettingsHandlerOptions): Promise<SettingsServices> {
  const seat = new SeatSettingsFile(options.dataDir);
  // Read before the first alert, which must not wait for the disk.
  await seat.read();
  const config = options.configFile ? new ConfigDocumentFile(options.configFile) : null;
  const env = options.env ?? process.env;
  const view = () =>
    buildSettingsView({
      seat,
      config,
      secrets: options.secrets,
      displays: options.displays,
      loaded: {
        sound: options.config.alerts.sound,
        officeHours: options.config.intake.officeHours,
      },
    });
  const change = async (request: SettingsChange) => {
    const { language, sound, wallDisplay, officeHours } = request;
    if (language !== undefined || sound !== undefined)
      await seat.update({
        ...(language ? { language } : {}),
        ...(sound !== undefined ? { sound } : {}),
      });
    if (wallDisplay !== undefined) await chooseDisplay(options.displays, wallDisplay);
    if (officeHours !== undefined) {
      if (!config)
        throw new Error(
          'the built-in demo has no config file to save office hours in: choose or create one first',
        );
      const hours = checkOfficeHours(officeHours);
      await config.edit(
        (text, document) => withOfficeHours(text, document, hours),
        () => {},
      );
    }
    return view();
  };
  return {
    handlers: {
      'settings:get': view,
      'settings:set': change,
      'source:test': (draft) =>
        testDraft(draft, { createClient: options.createClient, clock: options.clock }),
      'source:add': (draft) => addSource(draft, { config, secrets: options.secrets, env }),
      'secret:set': async (request) => replaceSecret(request, config, options.secrets),
    },
    withSeatSound: (notify) => (alert) =>
      notify({ ...alert, sound: seat.current()?.sound ?? alert.sound }),
  };
}

async function chooseDisplay(displays: WallDisplays | null, displayId: number): Promise<void> {
  if (!displays) throw new Error('this app sees no displays to choose from');
  if (!displays.list().some((display) => display.id === displayId))
    throw new Error('that display is not connected');
  await displays.choose(displayId);
}

/**
 * A new value for a secret the config keeps as `{ keychain: NAME }`. A secret the config names
 * as `{ env: NAME }` stays the environment's: the command line reads it from there too.
 */
async function replaceSecret(
  request: { source: string; key: 'password' | 'token' | 'apiKey'; value: string },
  config: ConfigDocumentFile | null,
  secrets: SecretStore,
): Promise<SecretSetResult> {
  const ref = config
    ? findSecretRef(documentData(await config.read()), request.source, request.key)
    : null;
  if (!ref || !('keychain' in ref))
    return {
      state: 'not set',
      reason: null,
      issue: `the config does not keep the ${request.key} of source ${request.source} in the app's keychain ({ keychain: NAME })`,
    };
  const problem = secretValueProblem(request.value, request.key, `the ${request.key}`);
  if (problem) return { state: 'not set', reason: null, issue: problem };
  const state = secrets.state();
  if (!state.usable) return { state: 'not set', reason: state.reason, issue: null };
  await secrets.set(ref.keychain, request.value);
  return { state: 'set' };
}
