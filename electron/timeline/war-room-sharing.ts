import type { Config } from '../../shared/config/parse-config.ts';
import { wallSettingsFromConfig } from '../../shared/config/wall-settings.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { CollectorHolder } from '../../shared/timeline/timeline-store.ts';
import type { FollowListener, Following, SharedStore } from '../../shared/timeline/war-room.ts';
import type { Collector } from '../collector/collector.ts';
import type { Clock } from '../time/clock.ts';
import type { TimelineKeeper } from './timeline-keeper.ts';
import { startPublishing } from './war-room-publisher.ts';

export interface SharingParts {
  /** What the collecting runs on (CollectingOptions' fields). */
  readonly options: {
    readonly config: Config;
    readonly demo: boolean;
    readonly playbook: Playbook;
    readonly log?: (line: string) => void;
  };
  readonly holder: CollectorHolder;
  readonly collector: Collector;
  readonly keeper: TimelineKeeper;
  readonly clock: Clock;
  /** How long to wait before trying to listen again when the first try failed. */
  readonly retryMs: number;
}

/**
 * A shared store's extras for the active collector (docs/war-room.md): every snapshot
 * published for the seats, and the seats' actions picked up the moment they commit (a
 * NOTIFY) instead of at the next heartbeat, which stays the fallback while not listening.
 */
export function startSharing(store: SharedStore, parts: SharingParts): { stop(): Promise<void> } {
  const { options, collector, keeper } = parts;
  const log = options.log ?? ((line: string) => console.error(line));
  const publishing = startPublishing({
    store,
    collector,
    holder: parts.holder,
    info: {
      title: options.config.title,
      timezone: options.config.timezone,
      demo: options.demo,
      wall: wallSettingsFromConfig(options.config),
    },
    playbook: options.playbook,
    log,
    clock: parts.clock,
  });
  const pickUp = coalesced(() =>
    keeper.catchUp().then(
      () => collector.publish(),
      () => undefined, // Reported by the heartbeat's writes; read again on the next notice.
    ),
  );
  const listening = listenUntilStopped(store, seatActions(store, keeper, pickUp, log), parts, log);
  return {
    stop: async () => {
      await listening.stop();
      await publishing.stop();
    },
  };
}

/** What the collector does with a notice: read others' events, say when listening stops. */
function seatActions(
  store: SharedStore,
  keeper: TimelineKeeper,
  pickUp: () => void,
  log: (line: string) => void,
): FollowListener {
  let disconnected: string | null = null;
  return {
    onEvents: (lastSeq) => {
      // Our own commits come back too; only others' need reading.
      if (lastSeq > keeper.state().lastSeq) pickUp();
    },
    onPublished: () => undefined,
    onConnected: () => {
      if (disconnected !== null) log(`dijkwacht: listening to ${store.location} again`);
      disconnected = null;
      pickUp();
    },
    onDisconnected: (error) => {
      if (disconnected !== error)
        log(
          `dijkwacht: not listening to ${store.location} (${error}); ` +
            "seats' actions are read on each heartbeat until it is back",
        );
      disconnected = error;
    },
  };
}

/**
 * Follows the store; a first try that fails (the server restarting as the collector takes
 * over) is tried again every `retryMs` — once listening, the follower reconnects by itself.
 */
function listenUntilStopped(
  store: SharedStore,
  listener: FollowListener,
  parts: Pick<SharingParts, 'clock' | 'retryMs'>,
  log: (line: string) => void,
): { stop(): Promise<void> } {
  const stopping = new AbortController();
  const attempts = (async (): Promise<Following | null> => {
    let said: string | null = null;
    while (!stopping.signal.aborted) {
      try {
        const following = await store.follow(listener);
        if (!stopping.signal.aborted) return following;
        await following.stop();
        return null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (said !== message)
          log(`dijkwacht: cannot listen to ${store.location}: ${message}; retrying`);
        said = message;
        await parts.clock.sleep(parts.retryMs, stopping.signal).catch(() => undefined);
      }
    }
    return null;
  })();
  return {
    stop: async () => {
      stopping.abort();
      await (await attempts)?.stop();
    },
  };
}

/** Runs `task` now, or once more after the run in progress: never two at a time, none lost. */
function coalesced(task: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      await task();
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
