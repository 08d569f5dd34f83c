import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Config } from '../../shared/config/parse-config.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { SYSTEM_ACTOR, type EventDraft } from '../../shared/timeline/event.ts';
import { summaries } from '../../shared/timeline/summaries.ts';
import type { CollectorHolder, TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { isSharedStore } from '../../shared/timeline/war-room.ts';
import { Collector } from '../collector/collector.ts';
import { repeatEvery } from '../collector/repeat-every.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import { systemClock, wallDate, type Clock } from '../time/clock.ts';
import { TimelineKeeper } from './timeline-keeper.ts';
import { startSharing } from './war-room-sharing.ts';

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

/** A collecting whose claim may be lost: then it is abandoned, writing nothing more. */
export interface ClaimedCollecting extends Collecting {
  /** Stops polling, publishing and following; writes nothing (the store is someone else's now). */
  abandon(): Promise<void>;
}

/** Another collector already writes this store; names it, so the person can find it. */
export class StoreBusyError extends Error {
  override name = 'StoreBusyError';
}

export const DEFAULT_HEARTBEAT_MS = 5_000;

/** What a store says when a collector's claim was taken over (the PostgreSQL store's fencing). */
export const TAKEN_OVER = 'another collector took over this store';

/**
 * How long a silent claim holds. A shared store's standby takes over after 2 heartbeats
 * (docs/war-room.md); a single seat's file, where nobody waits, is left 3.
 */
export function staleAfterMs(store: TimelineStore, heartbeatMs: number): number {
  return heartbeatMs * (isSharedStore(store) ? 2 : 3);
}

/**
 * A collector that records (docs/timeline.md): claims the store so no second collector writes
 * it, carries on from what it says, writes `collector-started`, and on every heartbeat
 * re-evaluates, picks up what coordinators wrote (the `ack` command, another seat) and
 * retries writes the store refused. On a shared store it also publishes every snapshot for
 * the seats (docs/war-room.md); to wait as a standby instead of being refused, see standby.ts.
 */
export async function startCollecting(options: CollectingOptions): Promise<Collecting> {
  const clock = options.clock ?? systemClock;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const holder = holderFor(options.label, wallDate(clock));
  const claim = await options.store.claimCollector(
    holder,
    staleAfterMs(options.store, heartbeatMs),
  );
  if (!claim.ok)
    throw new StoreBusyError(
      busyMessage(options.store.location, claim.holder, isSharedStore(options.store)),
    );
  // Lost later, the collector keeps showing the sources and records nothing (stopRecording).
  return collectWhileClaimed(options, holder, () => undefined);
}

/**
 * Collects for `holder`, who holds the store's claim now: opens the keeper where the store
 * left off (a mark still open is not raised again), starts polling, writes
 * `collector-started`. When the claim turns out lost (a renewal refused, a write fenced off)
 * it stops recording and calls `onLost` once; the caller decides what comes next.
 */
export async function collectWhileClaimed(
  options: CollectingOptions,
  holder: CollectorHolder,
  onLost: (reason: string) => void,
): Promise<ClaimedCollecting> {
  const clock = options.clock ?? systemClock;
  const now = () => wallDate(clock);
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const keeper = await TimelineKeeper.open({ ...options, clock });
  const collector = new Collector({ ...options, clock, timeline: keeper });
  let lost = false;
  const lose = (reason: string) => {
    if (lost) return;
    lost = true;
    keeper.stopRecording(reason);
    onLost(reason);
  };
  keeper.enqueue([lifecycleDraft('collector-started', options, now())]);
  collector.start();
  const sharing = isSharedStore(options.store)
    ? startSharing(options.store, {
        options,
        holder,
        collector,
        keeper,
        clock,
        retryMs: heartbeatMs,
      })
    : null;
  const beat = async () => {
    if (lost) return;
    // A store that cannot be reached keeps our claim (the failing writes say so); a claim
    // someone else holds now means we stalled past it and they took over.
    const stillOurs = await options.store.renewCollector(holder).catch(() => true);
    if (!stillOurs || keeper.state().error?.includes(TAKEN_OVER)) return lose(TAKEN_OVER);
    await keeper.catchUp().catch(() => {
      // A store that cannot be read now is reported by the failing writes; try next beat.
    });
    collector.publish();
  };
  const stopHeartbeat = repeatEvery(clock, heartbeatMs, beat);
  const halt = async () => {
    stopHeartbeat();
    await collector.stop();
  };
  return {
    collector,
    keeper,
    stop: async () => {
      await halt();
      keeper.enqueue([lifecycleDraft('collector-stopped', options, now())]);
      await keeper.close();
      await sharing?.stop();
      await options.store.releaseCollector(holder).catch(() => undefined);
    },
    abandon: async () => {
      await halt();
      await sharing?.stop();
      // Gives up what is left of ours (a lock connection); the new holder's claim stays.
      await options.store.releaseCollector(holder).catch(() => undefined);
    },
  };
}

export function holderFor(label: string, startedAt: Date): CollectorHolder {
  return {
    // The random part tells apart two claimants one process starts in the same millisecond
    // (a collector and its standby in one test); host, pid and time tell a person who it is.
    id: `${os.hostname()}:${process.pid}:${startedAt.getTime()}:${randomUUID().slice(0, 8)}`,
    pid: process.pid,
    host: os.hostname(),
    startedAt: startedAt.toISOString(),
    label,
  };
}

function busyMessage(location: string, holder: CollectorHolder, shared: boolean): string {
  const who =
    `${location} is already being written by ${holder.label} ` +
    `(process ${holder.pid} on ${holder.host}, since ${holder.startedAt})`;
  // A shared store is meant to have one collector: the others join it (docs/war-room.md).
  return shared
    ? `${who}; to show it here without polling, start with --join postgres://${location} instead of --db`
    : `${who}; one collector per store — stop that one first, or use another --db`;
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
