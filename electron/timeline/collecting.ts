import os from 'node:os';
import type { Config } from '../../shared/config/parse-config.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { SYSTEM_ACTOR, type EventDraft } from '../../shared/timeline/event.ts';
import { summaries } from '../../shared/timeline/summaries.ts';
import type { CollectorHolder, TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { Collector } from '../collector/collector.ts';
import { repeatEvery } from '../collector/repeat-every.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import { systemClock, wallDate, type Clock } from '../time/clock.ts';
import { TimelineKeeper } from './timeline-keeper.ts';

export interface CollectingOptions {
  readonly store: TimelineStore;
  readonly config: Config;
  readonly playbook: Playbook;
  readonly demo: boolean;
  readonly version: string;
  /** Who collects, for the message another collector on the same store gets. */
  readonly label: string;
  readonly createClient: (source: SourceConfig) => SourceClient;
  /** The collector's and the timeline's time (default systemClock). */
  readonly clock?: Clock;
  /** How often it re-evaluates, renews its claim and reads others' actions (default 5 s). */
  readonly heartbeatMs?: number;
  readonly log?: (line: string) => void;
}

export interface Collecting {
  readonly collector: Collector;
  readonly keeper: TimelineKeeper;
  /** Stops polling, writes `collector-stopped`, waits for the queue, gives up the claim. */
  stop(): Promise<void>;
}

/** Another collector already writes this store; names it, so the person can find it. */
export class StoreBusyError extends Error {
  override name = 'StoreBusyError';
}

export const DEFAULT_HEARTBEAT_MS = 5_000;

/**
 * A collector that records (docs/timeline.md): claims the store so no second collector writes
 * it, carries on from what it says, writes `collector-started`, and on every heartbeat
 * re-evaluates, picks up what coordinators wrote (the `ack` command, another seat) and
 * retries writes the store refused.
 */
export async function startCollecting(options: CollectingOptions): Promise<Collecting> {
  const clock = options.clock ?? systemClock;
  const now = () => wallDate(clock);
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const holder = holderFor(options.label, now());
  const claim = await options.store.claimCollector(holder, heartbeatMs * 3);
  if (!claim.ok) throw new StoreBusyError(busyMessage(options.store.location, claim.holder));
  const keeper = await TimelineKeeper.open({ ...options, clock });
  const collector = new Collector({ ...options, clock, timeline: keeper });
  keeper.enqueue([lifecycleDraft('collector-started', options, now())]);
  collector.start();
  const beat = async () => {
    await keeper.catchUp().catch(() => {
      // A store that cannot be read now is reported by the failing writes; try next beat.
    });
    collector.publish();
    // A store that cannot be reached keeps our claim (the failing writes say so); a claim
    // someone else holds now means we stalled past it and they took over.
    const stillOurs = await options.store.renewCollector(holder).catch(() => true);
    if (!stillOurs) keeper.stopRecording('another collector took over this store');
  };
  const stopHeartbeat = repeatEvery(clock, heartbeatMs, beat);
  return {
    collector,
    keeper,
    stop: async () => {
      stopHeartbeat();
      await collector.stop();
      keeper.enqueue([lifecycleDraft('collector-stopped', options, now())]);
      await keeper.close();
      await options.store.releaseCollector(holder).catch(() => undefined);
    },
  };
}

function holderFor(label: string, startedAt: Date): CollectorHolder {
  return {
    id: `${os.hostname()}:${process.pid}:${startedAt.getTime()}`,
    pid: process.pid,
    host: os.hostname(),
    startedAt: startedAt.toISOString(),
    label,
  };
}

function busyMessage(location: string, holder: CollectorHolder): string {
  return (
    `${location} is already being written by ${holder.label} ` +
    `(process ${holder.pid} on ${holder.host}, since ${holder.startedAt}); ` +
    'one collector per store — stop that one first, or use another --db'
  );
}

function lifecycleDraft(
  kind: 'collector-started' | 'collector-stopped',
  options: CollectingOptions,
  at: Date,
): EventDraft {
  const title = options.config.title;
  return {
    kind,
    at: at.toISOString(),
    domain: null,
    source: null,
    actor: SYSTEM_ACTOR,
    summary:
      kind === 'collector-started'
        ? summaries.collectorStarted(title)
        : summaries.collectorStopped(title),
    data: { version: options.version, config: title },
  };
}
