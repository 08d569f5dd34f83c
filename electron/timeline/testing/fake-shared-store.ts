import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import { MemoryTimelineStore } from '../../../shared/timeline/testing/memory-store.ts';
import type { ClaimResult, CollectorHolder } from '../../../shared/timeline/timeline-store.ts';
import type {
  FollowListener,
  Following,
  Publication,
  PublishedState,
  SharedStore,
} from '../../../shared/timeline/war-room.ts';

export const TAKEN_OVER = 'another collector took over this store';

/**
 * A SharedStore in memory for the collector's unit tests: the memory store's events and lease,
 * plus publications, followers told after each commit, and the fencing the PostgreSQL store
 * does (a publish or append by a holder who lost the lease is refused). Several "processes"
 * share it by holding the same object.
 */
export class FakeSharedStore extends MemoryTimelineStore implements SharedStore {
  readonly shared = true;
  readonly publications: Publication[] = [];
  /** Set by a test: the next publishes reject with it (a database gone). */
  failPublish: Error | null = null;
  /** Set by a test: this many follow() calls reject before one succeeds. */
  failFollows = 0;
  readonly #followers = new Set<FollowListener>();
  #holderId: string | null = null;
  #published: PublishedState | null = null;

  override async claimCollector(
    holder: CollectorHolder,
    staleAfterMs: number,
  ): Promise<ClaimResult> {
    const claim = await super.claimCollector(holder, staleAfterMs);
    if (claim.ok) this.#holderId = holder.id;
    return claim;
  }

  override async releaseCollector(holder: CollectorHolder): Promise<void> {
    await super.releaseCollector(holder);
    if (this.#holderId === holder.id) this.#holderId = null;
  }

  /** Anyone may append (seats' actions); the followers hear of it after the commit. */
  override async append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]> {
    const events = await super.append(drafts);
    const last = events.at(-1)?.seq;
    if (last !== undefined) this.#tell((listener) => listener.onEvents(last));
    return events;
  }

  async publish(publication: Publication, holder: CollectorHolder): Promise<void> {
    if (this.failPublish) throw this.failPublish;
    if (this.#holderId !== holder.id) throw new Error(TAKEN_OVER);
    this.publications.push(publication);
    const at = new Date().toISOString();
    this.#published = { ...publication, holder, publishedAt: at, readAt: at };
    this.#tell((listener) => listener.onPublished());
  }

  async readPublished(): Promise<PublishedState | null> {
    return this.#published && { ...this.#published, readAt: new Date().toISOString() };
  }

  async follow(listener: FollowListener): Promise<Following> {
    if (this.failFollows > 0) {
      this.failFollows -= 1;
      throw new Error('the server is starting up or shutting down; try again shortly');
    }
    this.#followers.add(listener);
    queueMicrotask(() => listener.onConnected());
    return { stop: async () => void this.#followers.delete(listener) };
  }

  /** A NOTIFY lost and the connection back: every follower re-reads. */
  reconnectFollowers(): void {
    this.#tell((listener) => listener.onConnected());
  }

  /** Whose claim the store holds now. */
  get holderId(): string | null {
    return this.#holderId;
  }

  get followers(): number {
    return this.#followers.size;
  }

  /** Followers hear after the commit, as a NOTIFY arrives: never inside the writer's await. */
  #tell(call: (listener: FollowListener) => void): void {
    for (const listener of this.#followers) setImmediate(() => call(listener));
  }
}

/**
 * One process's handle on a shared store, for the failover tests: frozen, every call hangs
 * (a process stopped dead: SIGSTOP, a network cut) until thawed, when the calls go through
 * and the process finds whatever happened meanwhile. Like the PostgreSQL store, a view that
 * claimed the store has its appends refused once another holder took the claim over.
 */
export function processView(store: FakeSharedStore): {
  store: SharedStore;
  freeze(): void;
  thaw(): void;
} {
  let thawed: Promise<void> | null = null;
  let release = () => {};
  let claimed: string | null = null;
  const fenced = async (key: PropertyKey, args: unknown[]) => {
    if (key === 'append' && claimed !== null && store.holderId !== claimed)
      throw new Error(TAKEN_OVER);
    const result: unknown = await Reflect.apply(
      Reflect.get(store, key, store) as (...a: unknown[]) => unknown,
      store,
      args,
    );
    const holder = args[0] as CollectorHolder;
    if (key === 'claimCollector' && (result as ClaimResult).ok) claimed = holder.id;
    if (key === 'releaseCollector' && claimed === holder.id) claimed = null;
    return result;
  };
  const view = new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        while (thawed) await thawed;
        return fenced(key, args);
      };
    },
  });
  return {
    store: view,
    freeze: () => {
      thawed ??= new Promise((resolve) => (release = resolve));
    },
    thaw: () => {
      thawed = null;
      release();
    },
  };
}
