import type { Contact } from '../../shared/contacts/contacts.ts';
import type { Config } from '../../shared/config/parse-config.ts';
import { wallSettingsFromConfig } from '../../shared/config/wall-settings.ts';
import type { ConfigOpenResult } from '../../shared/ipc/contract.ts';
import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import { playbookWithOfficeHours, type Playbook } from '../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import type { DesktopAlert } from '../alerts/desktop-alert.ts';
import { startAlerts } from '../alerts/start-alerts.ts';
import type { Collector } from '../collector/collector.ts';
import { repeatEvery } from '../collector/repeat-every.ts';
import { createSourceClient } from '../sources/create-client.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { startCollecting, type Collecting } from '../timeline/collecting.ts';
import type { TimelineKeeper } from '../timeline/timeline-keeper.ts';
import { openContacts, type ContactServiceOptions } from '../contacts/contact-services.ts';
import { OperatorFile } from './operator-file.ts';
import { timelineHandlers } from './timeline-handlers.ts';
import { deskHandlers } from './domain-detail-handlers.ts';
import { sourceHandlers } from './source-handlers.ts';
import { privacyHandlers } from './privacy-handlers.ts';
import { SecretStore } from '../secrets/secret-store.ts';
import type { WallDisplays } from '../settings/wall-displays.ts';
import { settingsServices } from './settings-handlers.ts';
import { collectingWarRoom, type WarRoomFeed } from './seat/war-room-feed.ts';
import { warRoomChoiceHandlers, type WarRoomChoiceOptions } from './war-room-choice.ts';

export interface AppServicesOptions {
  readonly version: string;
  readonly playbook: Playbook;
  readonly config: Config;
  readonly contacts: readonly Contact[];
  /** The config file, or null when running the built-in demo. */
  readonly configFile: string | null;
  /** The timeline this seat records to (opened by the caller, closed by it too). */
  readonly store: TimelineStore;
  /** The app's data folder: the operator's name lives there. */
  readonly dataDir: string;
  /** Asks where to save an export; null when the user cancels. */
  readonly chooseExportFile: (suggestedName: string) => Promise<string | null>;
  /** The collector's, the actions' and the exports' time (default systemClock). */
  readonly clock?: Clock;
  /** Builds each source's client; the real HTTP clients unless a test hands in others. */
  readonly createClient?: (source: SourceConfig) => SourceClient;
  /** How often the collector reads others' actions and retries writes (default 5 s). */
  readonly heartbeatMs?: number;
  /** Shows a desktop alert (Electron's Notification); without it, alerts go to Slack only. */
  readonly notify?: (alert: DesktopAlert) => void;
  /** The fetch Slack messages go out with (default: Node's). */
  readonly fetch?: typeof fetch;
  /** Asks which contacts file to import (main: a dialog); without it, importing is cancelled. */
  readonly chooseImportFile?: ContactServiceOptions['chooseImportFile'];
  /** "Copy number" (main: Electron's clipboard); without it, copying fails with a message. */
  readonly writeClipboard?: ContactServiceOptions['writeClipboard'];
  /** "Open configuration…" (Electron's main: a dialog, then a restart); unavailable without. */
  readonly openConfig?: () => Promise<ConfigOpenResult>;
  /** Restarts as a seat of `join` or as none (main: app.relaunch); join/leave unavailable without. */
  readonly relaunch?: WarRoomChoiceOptions['relaunch'];
  /** Opens a link the desk's allow-list accepted (main: shell.openExternal; docs/desk.md). */
  readonly openExternal?: (href: string) => Promise<void>;
  /** The secrets entered in the app (the OS keychain); without it, the settings page stores none. */
  readonly secrets?: SecretStore;
  /** The displays the wall can use (main: Electron's screen); none in the browser tests. */
  readonly displays?: WallDisplays;
}

export type TimelineListener = (events: readonly TimelineEvent[], lastSeq: number) => void;
export type ExportProgressListener = (done: number, total: number) => void;

/**
 * The main process's services, independent of Electron: the IPC handlers and the status
 * feed. Electron's main wires them to ipcMain; the browser test harness wires the very
 * same objects to Playwright bindings.
 */
export interface AppServices extends AppFeeds {
  readonly collector: Collector;
  readonly keeper: TimelineKeeper;
}

/**
 * What main and the browser harness use of the services: the app that collects and a seat of
 * the shared war room (seat-services.ts, which polls nothing) both offer it.
 */
export interface AppFeeds {
  readonly handlers: InvokeHandlers;
  /** The snapshots to push (`status:changed`). */
  readonly collector: Pick<Collector, 'subscribe'>;
  /** The committed events to push (`timeline:appended`). */
  readonly keeper: Pick<TimelineKeeper, 'subscribe'>;
  /** The shared war room's state to push (`warroom:changed`). */
  readonly warRoom: WarRoomFeed;
  /** Re-sends the snapshot every `intervalMs`, the viewers' proof that main is alive; returns stop. */
  startHeartbeat(intervalMs: number): () => void;
  onExportProgress(listener: ExportProgressListener): () => void;
  /** Stops collecting: writes `collector-stopped` and gives up the store's claim. */
  stop(): Promise<void>;
}

/** Builds the services and starts collecting; throws StoreBusyError if another collector writes the store. */
export async function startAppServices(options: AppServicesOptions): Promise<AppServices> {
  const demo = options.configFile === null || options.config.demo;
  // The seed's playbook with the config's office hours: the intake channel the config implies.
  const playbook = playbookWithOfficeHours(options.config.intake.officeHours, options.playbook);
  const clock = options.clock ?? systemClock;
  // The settings page (docs/settings.md); this seat's sound setting goes with desktop alerts.
  const settings = await settingsServices({
    ...options,
    secrets:
      options.secrets ?? (await SecretStore.open({ dataDir: options.dataDir, keychain: null })),
    displays: options.displays ?? null,
    createClient: options.createClient ?? createSourceClient,
    clock,
  });
  // The app's own contact list, else the config's file (docs/contacts.md).
  const contacts = await openContacts({ ...options, playbook });
  const collecting: Collecting = await startCollecting({
    store: options.store,
    config: options.config,
    playbook,
    demo,
    version: options.version,
    label: 'the Dijkwacht app',
    createClient: options.createClient ?? createSourceClient,
    clock,
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  const { collector, keeper } = collecting;
  // After the start: what the timeline already held is history, not news (docs/alerts.md).
  const alerts = startAlerts({
    keeper,
    config: options.config,
    playbook,
    clock,
    ...(options.notify ? { notify: settings.withSeatSound(options.notify) } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const progress = new Set<ExportProgressListener>();
  const warRoom = collectingWarRoom(options.store);
  // One for every handler: it caches the name, which operator:set changes.
  const operator = new OperatorFile(options.dataDir);
  const handlers: InvokeHandlers = {
    'app:info': async () => ({
      version: options.version,
      title: options.config.title,
      timezone: options.config.timezone,
      demo,
      configFile: options.configFile,
      // Durations and a flag only: nothing else of the config, and no webhook, crosses IPC.
      wall: wallSettingsFromConfig(options.config),
    }),
    'playbook:get': async () => playbook,
    'snapshot:get': async () => collector.snapshot(),
    ...contacts.handlers,
    'config:open': options.openConfig ?? (async () => ({ status: 'unavailable' })),
    'charts:get': async () => collector.charts(),
    ...deskHandlers({
      collector,
      config: options.config,
      playbook,
      openExternal: options.openExternal,
    }),
    ...timelineHandlers({
      keeper,
      collector,
      playbook,
      operator,
      title: options.config.title,
      timezone: options.config.timezone,
      // Read at each export: the list may have changed since the start.
      get knownNames() {
        return contacts.names();
      },
      chooseExportFile: options.chooseExportFile,
      onExportProgress: (done, total) => progress.forEach((listener) => listener(done, total)),
      clock,
    }),
    ...sourceHandlers({ collector, keeper, operator, playbook, clock }),
    ...privacyHandlers({
      keeper,
      collector,
      playbook,
      dataDir: options.dataDir,
      timezone: options.config.timezone,
      operatorName: () => operator.get(),
      clock,
    }),
    ...settings.handlers,
    'warroom:get': async () => warRoom.state(),
    ...warRoomChoiceHandlers({
      dataDir: options.dataDir,
      secrets: options.secrets ?? null,
      relaunch: options.relaunch,
      clock,
    }),
  };
  const startHeartbeat = (intervalMs: number) =>
    repeatEvery(clock, intervalMs, () => collector.publish());
  return {
    handlers,
    collector,
    keeper,
    warRoom,
    startHeartbeat,
    onExportProgress: (listener) => {
      progress.add(listener);
      return () => progress.delete(listener);
    },
    stop: async () => {
      try {
        await collecting.stop();
      } finally {
        await alerts.stop();
      }
    },
  };
}
