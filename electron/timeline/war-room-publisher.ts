import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { Publication, SharedStore } from '../../shared/timeline/war-room.ts';
import type { CollectorHolder } from '../../shared/timeline/timeline-store.ts';
import type { Collector } from '../collector/collector.ts';
import { systemClock, type Clock } from '../time/clock.ts';

export interface PublishingOptions {
  readonly store: SharedStore;
  readonly collector: Collector;
  readonly holder: CollectorHolder;
  readonly info: Publication['info'];
  readonly playbook: Playbook;
  readonly log: (line: string) => void;
  /** Judges how old the charts are (default systemClock). */
  readonly clock?: Clock;
  /**
   * How long charts are reused before they are rebuilt (default 5 s): the wall refetches them
   * every 30 s, and building them costs far more than a snapshot (docs/war-room.md).
   */
  readonly chartsEveryMs?: number;
}

export interface Publishing {
  /** Stops publishing; resolves once the write in flight, if any, is done. */
  stop(): Promise<void>;
}

export const DEFAULT_CHARTS_EVERY_MS = 5_000;

/**
 * Publishes each of the collector's snapshots for the seats (docs/war-room.md). Writes are
 * coalesced: one is in flight at a time and only the newest snapshot waits, so a slow database
 * delays the seats' view but never piles writes up. A failure is logged once per message and
 * never thrown: the next snapshot tries again.
 */
export function startPublishing(options: PublishingOptions): Publishing {
  const clock = options.clock ?? systemClock;
  const charts = chartsCache(options.collector, clock, options.chartsEveryMs);
  let waiting: Snapshot | null = null;
  let inFlight: Promise<void> | null = null;
  let stopped = false;
  let lastError: string | null = null;

  const write = async (snapshot: Snapshot) => {
    try {
      await options.store.publish(
        { snapshot, charts: charts(), info: options.info, playbook: options.playbook },
        options.holder,
      );
      if (lastError !== null)
        options.log(`dijkwacht: publishing to ${options.store.location} works again`);
      lastError = null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError)
        options.log(
          `dijkwacht: the state cannot be published to ${options.store.location}: ${message}; ` +
            'retried with the next snapshot',
        );
      lastError = message;
    }
  };
  const drain = async () => {
    while (waiting !== null && !stopped) {
      const snapshot = waiting;
      waiting = null;
      await write(snapshot);
    }
    inFlight = null;
  };
  const unsubscribe = options.collector.subscribe((snapshot) => {
    if (stopped) return;
    waiting = snapshot;
    inFlight ??= drain();
  });
  return {
    stop: async () => {
      stopped = true;
      unsubscribe();
      await inFlight;
    },
  };
}

/** The collector's charts, rebuilt at most every `everyMs`. */
function chartsCache(
  collector: Collector,
  clock: Clock,
  everyMs = DEFAULT_CHARTS_EVERY_MS,
): () => WallCharts {
  let built: { charts: WallCharts; at: number } | null = null;
  return () => {
    const now = clock.monotonic();
    if (built === null || now - built.at >= everyMs)
      built = { charts: collector.charts(), at: now };
    return built.charts;
  };
}
