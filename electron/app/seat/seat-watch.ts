import type { WarRoomState } from '../../../shared/ipc/contract.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import {
  asHeardLast,
  VIEWER_MAX_SNAPSHOT_AGE_MS,
} from '../../../shared/status/viewer-freshness.ts';
import type { PublishedState } from '../../../shared/timeline/war-room.ts';
import { wallDate, type Clock } from '../../time/clock.ts';
import type { WarRoomFeed, WarRoomListener } from './war-room-feed.ts';

export type SnapshotListener = (snapshot: Snapshot) => void;

/**
 * Why the link is down: the server cannot be used now, its schema is not this build's, or no
 * collector has created the timeline in that database yet.
 */
export type LinkProblem = 'disconnected' | 'schema' | 'no-timeline';

export interface SeatWatchOptions {
  /** The store as a person names it: user@host:port/db, never a password. */
  readonly store: string;
  /** What to show before any collector published (every domain unknown). */
  readonly waiting: (now: Date) => Snapshot;
  readonly clock: Clock;
  /** A collector silent this long by the server's clock greys the seat (default 15 s). */
  readonly silentAfterMs?: number;
}

interface Link {
  readonly up: boolean;
  /** Since when the link has been down (this seat's clock); null while up. */
  readonly downSince: string | null;
  readonly problem: LinkProblem | null;
  readonly error: string | null;
}

/**
 * What a seat knows of the war room (docs/war-room.md, "Honest freshness"): the newest
 * publication, whether the database answers, and so what it may show. A seat that lost the
 * database, or whose collector stopped publishing, shows the last snapshot as heard last —
 * nothing green — and says since when.
 */
export class SeatWatch implements WarRoomFeed {
  readonly #options: SeatWatchOptions;
  readonly #snapshotListeners = new Set<SnapshotListener>();
  readonly #warRoomListeners = new Set<WarRoomListener>();
  #published: PublishedState | null = null;
  /** Down until the first connection: a seat that never reached the server knows nothing. */
  #link: Link = { up: false, downSince: null, problem: 'disconnected', error: null };
  #lastState: string;

  constructor(options: SeatWatchOptions) {
    this.#options = options;
    this.#lastState = JSON.stringify(this.state());
  }

  /** The database answered (again), with the newest publication (null: none yet). */
  reachable(published: PublishedState | null): void {
    this.#link = { up: true, downSince: null, problem: null, error: null };
    this.#published = published;
    this.#changed();
  }

  /** The database is lost, refused us, or holds a schema of another build. */
  unreachable(error: string, problem: LinkProblem = 'disconnected'): void {
    const downSince = this.#link.downSince ?? this.#now().toISOString();
    this.#link = { up: false, downSince, problem, error };
    this.#changed();
  }

  get published(): PublishedState | null {
    return this.#published;
  }

  /** The snapshot the seat may show now. */
  snapshot(): Snapshot {
    const published = this.#published;
    if (!published) return this.#options.waiting(this.#now());
    return this.#problem() === null ? published.snapshot : asHeardLast(published.snapshot);
  }

  state(): WarRoomState {
    const holder = this.#published?.holder;
    const problem = this.#problem();
    return {
      role: 'seat',
      store: this.#options.store,
      connected: this.#link.up,
      since:
        problem === 'collector-silent'
          ? (this.#published?.publishedAt ?? null)
          : this.#link.downSince,
      collector: holder ? { label: holder.label, host: holder.host } : null,
      problem,
      error: this.#link.error,
    };
  }

  /** Sends the snapshot to every subscriber: on news, and on every heartbeat. */
  publish(): void {
    const snapshot = this.snapshot();
    for (const listener of this.#snapshotListeners) listener(snapshot);
  }

  subscribe(listener: WarRoomListener): () => void {
    this.#warRoomListeners.add(listener);
    return () => this.#warRoomListeners.delete(listener);
  }

  subscribeSnapshots(listener: SnapshotListener): () => void {
    this.#snapshotListeners.add(listener);
    return () => this.#snapshotListeners.delete(listener);
  }

  #problem(): WarRoomState['problem'] {
    if (this.#link.problem === 'no-timeline') return 'no-collector';
    if (this.#link.problem) return this.#link.problem;
    if (!this.#published) return 'no-collector';
    return this.#collectorSilent(this.#published) ? 'collector-silent' : null;
  }

  /** By the server's clock at the read: the seat's and the collector's clocks may be off. */
  #collectorSilent(published: PublishedState): boolean {
    const silence = Date.parse(published.readAt) - Date.parse(published.publishedAt);
    return silence > (this.#options.silentAfterMs ?? VIEWER_MAX_SNAPSHOT_AGE_MS);
  }

  /** Pushes the war room's state when it changed, and the snapshot with it. */
  #changed(): void {
    const state = this.state();
    const text = JSON.stringify(state);
    if (text !== this.#lastState) {
      this.#lastState = text;
      for (const listener of this.#warRoomListeners) listener(state);
    }
    this.publish();
  }

  #now(): Date {
    return wallDate(this.#options.clock);
  }
}
