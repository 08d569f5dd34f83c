import type { Config } from '../../shared/config/parse-config.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';
import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import { playbookWithOfficeHours, type Playbook } from '../../shared/playbook/playbook.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { startAlerts } from '../alerts/start-alerts.ts';
import { repeatEvery } from '../collector/repeat-every.ts';
import { openContacts } from '../contacts/contact-services.ts';
import { SecretStore } from '../secrets/secret-store.ts';
import { createSourceClient } from '../sources/create-client.ts';
import { systemClock } from '../time/clock.ts';
import type { AppFeeds, AppServicesOptions, ExportProgressListener } from './app-services.ts';
import { OperatorFile } from './operator-file.ts';
import { privacyHandlers } from './privacy-handlers.ts';
import { seatHandlers } from './seat/seat-handlers.ts';
import { SeatLink } from './seat/seat-link.ts';
import { SeatStore } from './seat/seat-store.ts';
import { SeatTimeline } from './seat/seat-timeline.ts';
import { SeatWatch } from './seat/seat-watch.ts';
import { waitingSnapshot } from './seat/waiting-snapshot.ts';
import { settingsServices } from './settings-handlers.ts';
import { timelineHandlers } from './timeline-handlers.ts';
import { warRoomChoiceHandlers } from './war-room-choice.ts';

export interface SeatServicesOptions extends Pick<
  AppServicesOptions,
  | 'version'
  | 'dataDir'
  | 'chooseExportFile'
  | 'clock'
  | 'notify'
  | 'chooseImportFile'
  | 'writeClipboard'
  | 'openConfig'
  | 'relaunch'
  | 'openExternal'
  | 'secrets'
  | 'displays'
> {
  /** The seat's own config (contacts, alerts, settings); an empty one without --config. */
  readonly config: Config;
  readonly contacts: readonly Contact[];
  readonly configFile: string | null;
  /** The playbook shown before a collector published its own. */
  readonly playbook: Playbook;
  /** The shared store as a person names it: user@host:port/db, never a password. */
  readonly location: string;
  /** Opens the shared store; retried until it works or the seat stops. */
  readonly openStore: () => Promise<TimelineStore>;
  /** The first wait before opening again (default 1 s; it doubles up to 10 s). */
  readonly retryMs?: number;
  readonly log?: (line: string) => void;
}

/** A seat's services: the app's feeds, and what the tests look at. */
export interface SeatServices extends AppFeeds {
  readonly watch: SeatWatch;
  /** Re-reads the publication and the new events now (what every heartbeat does). */
  refresh(): Promise<void>;
}

/**
 * A seat of the shared war room (docs/war-room.md): the app's windows and handlers on what a
 * collector publishes, polling nothing. Its actions go to the shared store, where the
 * collector picks them up; contacts, settings and the privacy clocks stay the seat's own.
 * Desktop alerts come from the followed events; Slack is the collector's.
 */
export async function startSeatServices(options: SeatServicesOptions): Promise<SeatServices> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? ((line: string) => console.error(line));
  const { config } = options;
  const playbook = playbookWithOfficeHours(config.intake.officeHours, options.playbook);
  const store = new SeatStore(options.location);
  const watch = new SeatWatch({
    store: options.location,
    waiting: (now) => waitingSnapshot(playbook, config, now, config.demo),
    clock,
  });
  const timeline = new SeatTimeline(store);
  const link = new SeatLink({
    open: options.openStore,
    store,
    watch,
    timeline,
    clock,
    retryMs: options.retryMs ?? 1_000,
    log,
  });
  const settings = await settingsServices({
    ...options,
    secrets:
      options.secrets ?? (await SecretStore.open({ dataDir: options.dataDir, keychain: null })),
    displays: options.displays ?? null,
    // Never used: a seat refuses to test or add sources (seat-handlers.ts).
    createClient: createSourceClient,
    clock,
  });
  // A seat without a config is a real war room's: its contacts.json, not the demo's list
  // (openContacts takes a null config file for the built-in demo).
  const contacts = await openContacts({
    ...options,
    configFile: options.configFile ?? options.location,
    playbook,
  });
  const alerts = startAlerts({
    keeper: timeline,
    // Slack is sent by the collector, once for the whole war room.
    config: { ...config, alerts: { ...config.alerts, slack: {} } },
    playbook,
    clock,
    ...(options.notify ? { notify: settings.withSeatSound(options.notify) } : {}),
  });
  const progress = new Set<ExportProgressListener>();
  const operator = new OperatorFile(options.dataDir);
  const feed = {
    snapshot: () => watch.snapshot(),
    publish: () => watch.publish(),
  };
  const handlers: InvokeHandlers = {
    ...contacts.handlers,
    'config:open': options.openConfig ?? (async () => ({ status: 'unavailable' })),
    ...timelineHandlers({
      keeper: timeline,
      collector: feed,
      playbook,
      operator,
      // The collector's title and time zone head an export, as on its own screen.
      get title() {
        return watch.published?.info.title ?? config.title;
      },
      get timezone() {
        return watch.published?.info.timezone ?? config.timezone;
      },
      get knownNames() {
        return contacts.names();
      },
      chooseExportFile: options.chooseExportFile,
      onExportProgress: (done, total) => progress.forEach((listener) => listener(done, total)),
      clock,
    }),
    ...privacyHandlers({
      keeper: timeline,
      collector: feed,
      playbook,
      dataDir: options.dataDir,
      timezone: config.timezone,
      operatorName: () => operator.get(),
      clock,
    }),
    ...settings.handlers,
    ...seatHandlers({ ...options, playbook, watch, clock, log }),
    ...warRoomChoiceHandlers({
      dataDir: options.dataDir,
      secrets: options.secrets ?? null,
      relaunch: options.relaunch,
      clock,
      log,
    }),
  };
  link.start();
  const refresh = async () => {
    // Without an open store nothing is read; the snapshot still goes out, greyed by its age.
    if (!(await link.refresh())) watch.publish();
  };
  return {
    handlers,
    collector: { subscribe: (listener) => watch.subscribeSnapshots(listener) },
    keeper: timeline,
    warRoom: watch,
    watch,
    refresh,
    startHeartbeat: (intervalMs) => repeatEvery(clock, intervalMs, refresh),
    onExportProgress: (listener) => {
      progress.add(listener);
      return () => progress.delete(listener);
    },
    stop: async () => {
      try {
        await link.stop();
      } finally {
        await alerts.stop();
      }
    },
  };
}
