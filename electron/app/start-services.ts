import path from 'node:path';
import { wallDisplayFromConfig } from '../../shared/config/wall-settings.ts';
import { ConfigError } from '../../shared/config/config-issues.ts';
import type { Config } from '../../shared/config/parse-config.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { StoreOpenError } from '../../shared/timeline/timeline-store.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { startSimulator, type Simulator } from '../simulator/simulator.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { configStorePassword, isPostgresUrl, openTimelineStore } from '../timeline/open-store.ts';
import { describeServer, parseConnectionUrl } from '../timeline/postgres/connection-settings.ts';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { startSeatServices, type SeatServices } from './seat-services.ts';
import { startAppServices, type AppServices, type AppServicesOptions } from './app-services.ts';
import type { Keychain } from '../secrets/keychain.ts';
import { SecretStore } from '../secrets/secret-store.ts';

export interface RunningServices {
  readonly services: AppServices;
  /** The demo's simulator, when the app runs without a config. */
  readonly simulator: Simulator | null;
  /** The config's `wall.display` (1 = primary, then left to right), or null. */
  readonly wallDisplay: number | null;
  /** The config the services run on (main's log scrubs its secrets: electron/main/log-secrets.ts). */
  readonly config: Config;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A config file, or null for the built-in demo (the simulator on loopback). */
  readonly configFile: string | null;
  readonly version: string;
  /** The timeline's store (a file); the demo and a real config should use different ones. */
  readonly store: string;
  /** The app's data folder (the operator's name). */
  readonly dataDir: string;
  readonly chooseExportFile: AppServicesOptions['chooseExportFile'];
  /** Demo speed factor (scenario minutes per real minute). */
  readonly demoSpeed?: number;
  readonly createClient?: AppServicesOptions['createClient'];
  readonly heartbeatMs?: number;
  /** The collector's, the timeline's and the store claim's time (default systemClock). */
  readonly clock?: Clock;
  /** Shows a desktop alert (main: Electron's Notification); none in the browser tests. */
  readonly notify?: AppServicesOptions['notify'];
  /** Which contacts file to import (main: a dialog; the browser tests: the test's choice). */
  readonly chooseImportFile?: AppServicesOptions['chooseImportFile'];
  /** "Copy number" (main: Electron's clipboard). */
  readonly writeClipboard?: AppServicesOptions['writeClipboard'];
  /** "Open configuration…" for the page (main: a dialog, then a restart). */
  readonly openConfig?: AppServicesOptions['openConfig'];
  /** Join or leave the shared war room from the page (main: remember, then a restart). */
  readonly relaunch?: AppServicesOptions['relaunch'];
  /** Opens a link the desk's allow-list accepted (main: shell.openExternal; tests: a recorder). */
  readonly openExternal?: AppServicesOptions['openExternal'];
  /** The OS keychain (main: Electron's safeStorage; tests: a fake): `{ keychain: NAME }` secrets. */
  readonly keychain?: Keychain | null;
  /** The displays the settings page offers for the wall (main: Electron's screen). */
  readonly displays?: AppServicesOptions['displays'];
}

/**
 * Loads the config (or starts the demo), opens the timeline, builds the services and starts
 * collecting. Throws ConfigError for a bad file, StoreOpenError for a store it must not touch,
 * StoreBusyError when another collector writes the store. Used by Electron's main and by the
 * browser test harness.
 */
export async function startServices(options: StartOptions): Promise<RunningServices> {
  const clock = options.clock ?? systemClock;
  // Before the config: its `{ keychain: NAME }` secrets are read from here (docs/settings.md).
  const secrets = await SecretStore.open({
    dataDir: options.dataDir,
    keychain: options.keychain ?? null,
  });
  const { config, contacts, configFile, simulator } = await loadOrSimulate(options, clock, secrets);
  const store = await openTimelineStore(options.store, {
    create: true,
    clock,
    ...configStorePassword(config),
  }).catch(async (error: unknown) => {
    await simulator?.stop();
    throw error;
  });
  try {
    const services = await startAppServices({
      version: options.version,
      playbook: defaultPlaybook,
      config,
      contacts,
      configFile,
      store,
      dataDir: options.dataDir,
      chooseExportFile: options.chooseExportFile,
      ...(options.createClient ? { createClient: options.createClient } : {}),
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
      ...(options.notify ? { notify: options.notify } : {}),
      ...(options.chooseImportFile ? { chooseImportFile: options.chooseImportFile } : {}),
      ...(options.writeClipboard ? { writeClipboard: options.writeClipboard } : {}),
      ...(options.openConfig ? { openConfig: options.openConfig } : {}),
      ...(options.relaunch ? { relaunch: options.relaunch } : {}),
      ...(options.openExternal ? { openExternal: options.openExternal } : {}),
      secrets,
      ...(options.displays ? { displays: options.displays } : {}),
      clock,
    });
    return {
      services,
      simulator,
      wallDisplay: wallDisplayFromConfig(config),
      config,
      stop: async () => {
        await services.stop();
        await store.close();
        await simulator?.stop();
      },
    };
  } catch (error) {
    await store.close();
    await simulator?.stop();
    throw error;
  }
}

export interface SeatStartOptions extends Omit<
  StartOptions,
  'store' | 'demoSpeed' | 'createClient' | 'heartbeatMs'
> {
  /** The shared war room to join: postgres://user@host:port/database, never with a password. */
  readonly join: string;
  /** The server's password when it comes from elsewhere than PGPASSWORD or ~/.pgpass. */
  readonly storePassword?: string;
  /** The first wait before trying the server again (default 1 s, doubling up to 10 s). */
  readonly retryMs?: number;
  readonly log?: (line: string) => void;
}

export interface RunningSeat extends Omit<RunningServices, 'services' | 'simulator'> {
  readonly services: SeatServices;
  readonly simulator: null;
}

/**
 * Joins the shared war room as a seat (docs/war-room.md): polls nothing, shows what the
 * collector publishes. A server that is down or refuses us does not stop the start: the seat
 * opens its windows, says it is disconnected and keeps trying. Throws ConfigError for a bad
 * config file and StoreOpenError for a URL no retry can mend (a password in it, not postgres://).
 */
export async function startSeat(options: SeatStartOptions): Promise<RunningSeat> {
  const clock = options.clock ?? systemClock;
  const location = seatLocation(options.join, options.storePassword);
  const secrets = await SecretStore.open({
    dataDir: options.dataDir,
    keychain: options.keychain ?? null,
  });
  const { config, contacts, configFile } = await loadSeatConfig(options, secrets);
  const services = await startSeatServices({
    ...options,
    config,
    contacts,
    configFile,
    playbook: defaultPlaybook,
    location,
    openStore: () =>
      openTimelineStore(options.join, {
        clock,
        ...(options.storePassword === undefined ? {} : { password: options.storePassword }),
      }),
    secrets,
    clock,
  });
  return {
    services,
    simulator: null,
    wallDisplay: wallDisplayFromConfig(config),
    config,
    stop: () => services.stop(),
  };
}

/** user@host:port/database, checked before the window opens: no retry mends a bad URL. */
function seatLocation(join: string, password: string | undefined): string {
  if (!isPostgresUrl(join))
    throw new StoreOpenError(join, '--join needs a postgres://user@host:port/database URL');
  return describeServer(parseConnectionUrl(join, password === undefined ? {} : { password }));
}

/** The seat's own config file, or an empty config: the collector's is what the seat shows. */
async function loadSeatConfig(
  options: SeatStartOptions,
  secrets: SecretStore,
): Promise<Omit<Loaded, 'simulator'>> {
  if (options.configFile) {
    const configFile = path.resolve(options.configFile);
    const loaded = await loadConfigFile(configFile, defaultPlaybook, process.env, secrets);
    return { config: loaded.config, contacts: loaded.contacts, configFile };
  }
  const empty = parseConfigText('', { fileName: 'seat', env: {} });
  if (!empty.ok) throw empty.error;
  return { config: empty.value, contacts: [], configFile: null };
}

interface Loaded {
  readonly config: Config;
  readonly contacts: readonly Contact[];
  readonly configFile: string | null;
  readonly simulator: Simulator | null;
}

async function loadOrSimulate(
  options: StartOptions,
  clock: Clock,
  secrets: SecretStore,
): Promise<Loaded> {
  if (options.configFile) {
    // By its full path: an app started from a shortcut has no working directory to speak of,
    // and the start-up dialog must name the file a user can open.
    const configFile = path.resolve(options.configFile);
    const loaded = await loadConfigFile(configFile, defaultPlaybook, process.env, secrets);
    return { config: loaded.config, contacts: loaded.contacts, configFile, simulator: null };
  }
  const simulator = await startSimulator({
    ...(options.demoSpeed ? { speed: options.demoSpeed } : {}),
    clock,
  });
  return { config: simulator.config, contacts: [], configFile: null, simulator };
}

/**
 * Loads a config file as startServices does — `{ keychain: NAME }` secrets and the contacts file
 * included — without starting anything: "Open configuration…" checks a file with it before it
 * restarts on it (electron/main/config-actions.ts). Throws ConfigError for a file that cannot be used.
 */
export async function checkConfigFile(
  file: string,
  options: Pick<StartOptions, 'dataDir' | 'keychain'>,
): Promise<void> {
  const secrets = await SecretStore.open({
    dataDir: options.dataDir,
    keychain: options.keychain ?? null,
  });
  await loadConfigFile(path.resolve(file), defaultPlaybook, process.env, secrets);
}

/**
 * The text of the dialog when the app cannot start. A ConfigError's message already names
 * the file, the path inside it and what was expected, one line per problem.
 */
export function startupErrorMessage(error: unknown): string {
  if (error instanceof ConfigError) return `The config cannot be used:\n\n${error.message}`;
  if (error instanceof StoreOpenError) return `The timeline cannot be opened:\n\n${error.message}`;
  if (error instanceof Error && error.name === 'StoreBusyError')
    return `The timeline is in use:\n\n${error.message}`;
  return String(error);
}
