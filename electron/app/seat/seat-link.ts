import { StoreOpenError, type TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import {
  isSharedStore,
  type FollowListener,
  type Following,
  type SharedStore,
} from '../../../shared/timeline/war-room.ts';
import type { Clock } from '../../time/clock.ts';
import { notConnected, type SeatStore } from './seat-store.ts';
import type { SeatTimeline } from './seat-timeline.ts';
import type { LinkProblem, SeatWatch } from './seat-watch.ts';

export interface SeatLinkOptions {
  /** Opens the shared store; rejects with one line naming the server, never the password. */
  readonly open: () => Promise<TimelineStore>;
  readonly store: SeatStore;
  readonly watch: SeatWatch;
  readonly timeline: SeatTimeline;
  readonly clock: Clock;
  /** The first wait before opening again; it doubles up to MAX_RETRY_MS. */
  readonly retryMs: number;
  readonly log: (line: string) => void;
}

const MAX_RETRY_MS = 10_000;

/**
 * A seat's connection to the shared store (docs/war-room.md, "Seats"): opens it, retrying for
 * as long as the seat runs (a server that is down, a wrong password, a missing database); then
 * follows it — every NOTIFY of a commit or a publication read at once, everything read afresh
 * after a reconnect — and says on the seat's screen when the link is down and why.
 */
export class SeatLink {
  readonly #options: SeatLinkOptions;
  readonly #stop = new AbortController();
  #store: SharedStore | null = null;
  #following: Following | null = null;
  #connecting: Promise<void> = Promise.resolve();
  #lastLogged: string | null = null;

  constructor(options: SeatLinkOptions) {
    this.#options = options;
  }

  start(): void {
    this.#connecting = this.#connect();
  }

  /**
   * Re-reads the publication and the new events; a failure greys the seat until the next.
   * False when no store is open yet (nothing was read, nothing pushed).
   */
  async refresh(): Promise<boolean> {
    const store = this.#store;
    if (!store) return false;
    try {
      const published = await store.readPublished();
      await this.#options.timeline.catchUp();
      this.#options.watch.reachable(published);
      this.#logOnce(null);
    } catch (error) {
      this.#lost(messageOf(error));
    }
    return true;
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#connecting;
    await this.#following?.stop().catch(() => undefined);
    await this.#store?.close().catch(() => undefined);
    this.#options.store.use(null);
  }

  async #connect(): Promise<void> {
    for (let attempt = 0; !this.#stop.signal.aborted; attempt += 1) {
      try {
        await this.#openAndFollow();
        return;
      } catch (error) {
        const message = messageOf(error);
        this.#options.store.use(null, `${notConnected(this.#options.store.location)}: ${message}`);
        this.#lost(message, problemOf(error));
      }
      const waitMs = Math.min(this.#options.retryMs * 2 ** attempt, MAX_RETRY_MS);
      await this.#options.clock.sleep(waitMs, this.#stop.signal).catch(() => undefined);
    }
  }

  async #openAndFollow(): Promise<void> {
    const store = await this.#options.open();
    if (!isSharedStore(store)) {
      await store.close().catch(() => undefined);
      throw new Error(
        `${store.location}: not a shared store (a seat joins a postgres:// war room)`,
      );
    }
    let following: Following;
    try {
      following = await store.follow(this.#listener());
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
    if (this.#stop.signal.aborted) {
      await following.stop().catch(() => undefined);
      await store.close().catch(() => undefined);
      return;
    }
    this.#store = store;
    this.#following = following;
    this.#options.store.use(store);
    await this.refresh();
  }

  #listener(): FollowListener {
    return {
      onEvents: () => void this.#options.timeline.catchUp().catch(() => undefined),
      onPublished: () => void this.refresh(),
      onConnected: () => void this.refresh(),
      onDisconnected: (error) => this.#lost(error),
    };
  }

  #lost(error: string, problem: LinkProblem = 'disconnected'): void {
    this.#options.watch.unreachable(error, problem);
    this.#logOnce(error);
  }

  /** Each new failure once, and the recovery once: a seat retrying for hours logs two lines. */
  #logOnce(error: string | null): void {
    if (error === this.#lastLogged) return;
    const location = this.#options.store.location;
    this.#options.log(
      error === null
        ? `dijkwacht: seat connected to the shared war room (${location})`
        : `dijkwacht: seat cannot use the shared war room: ${error}; retrying`,
    );
    this.#lastLogged = error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why the store cannot be used, as the store's StoreOpenError says; else the server is gone. */
function problemOf(error: unknown): LinkProblem {
  if (!(error instanceof StoreOpenError)) return 'disconnected';
  if (error.reason === 'no-timeline') return 'no-timeline';
  return error.reason === 'schema' ? 'schema' : 'disconnected';
}
