import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import type {
  CollectorHolder,
  EventFilter,
  EventQuery,
  TimelineStore,
} from '../../../shared/timeline/timeline-store.ts';
import type {
  FollowListener,
  Following,
  Publication,
  PublishedState,
  SharedStore,
} from '../../../shared/timeline/war-room.ts';
import { wallDate, type Clock } from '../../time/clock.ts';

/**
 * A shared store in memory for a seat's unit tests: a real (SQLite) timeline inside, with the
 * war room's part — publications, followers, the server's clock — faked around it, and a
 * server that a test takes down and brings back.
 */
export class FakeSharedStore implements SharedStore {
  readonly shared = true;
  readonly location: string;
  readonly #inner: TimelineStore;
  /** The server's clock: publishedAt and readAt come from it, as from PostgreSQL's. */
  readonly #server: Clock;
  readonly #followers = new Set<FollowListener>();
  #published: { publication: Publication; holder: CollectorHolder; at: string } | null = null;
  #down: string | null = null;
  closed = false;

  constructor(inner: TimelineStore, server: Clock, location = 'dijkwacht@db:5432/warroom') {
    this.#inner = inner;
    this.#server = server;
    this.location = location;
  }

  /** The server goes away: followers hear it, every call fails until comeBack(). */
  goDown(error = 'the connection was closed'): void {
    this.#down = `${this.location}: ${error}`;
    for (const follower of this.#followers) follower.onDisconnected(this.#down);
  }

  comeBack(): void {
    this.#down = null;
    for (const follower of this.#followers) follower.onConnected();
  }

  get followers(): number {
    return this.#followers.size;
  }

  async publish(publication: Publication, holder: CollectorHolder): Promise<void> {
    this.#up();
    this.#published = { publication, holder, at: wallDate(this.#server).toISOString() };
    for (const follower of this.#followers) follower.onPublished();
  }

  async readPublished(): Promise<PublishedState | null> {
    this.#up();
    if (!this.#published) return null;
    const { publication, holder, at } = this.#published;
    return {
      ...publication,
      holder,
      publishedAt: at,
      readAt: wallDate(this.#server).toISOString(),
    };
  }

  async follow(listener: FollowListener): Promise<Following> {
    this.#up();
    this.#followers.add(listener);
    listener.onConnected();
    return { stop: async () => void this.#followers.delete(listener) };
  }

  async append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]> {
    this.#up();
    const events = await this.#inner.append(drafts);
    const lastSeq = events.at(-1)?.seq;
    if (lastSeq !== undefined) for (const follower of this.#followers) follower.onEvents(lastSeq);
    return events;
  }

  async read(query: EventQuery) {
    this.#up();
    return this.#inner.read(query);
  }
  async count(filter?: EventFilter) {
    this.#up();
    return this.#inner.count(filter);
  }
  async lastSeq() {
    this.#up();
    return this.#inner.lastSeq();
  }
  async resumeState() {
    this.#up();
    return this.#inner.resumeState();
  }
  async verify() {
    return this.#inner.verify();
  }
  claimCollector(holder: CollectorHolder, staleAfterMs: number) {
    return this.#inner.claimCollector(holder, staleAfterMs);
  }
  renewCollector(holder: CollectorHolder) {
    return this.#inner.renewCollector(holder);
  }
  releaseCollector(holder: CollectorHolder) {
    return this.#inner.releaseCollector(holder);
  }
  async close(): Promise<void> {
    this.closed = true;
  }

  #up(): void {
    if (this.#down !== null) throw new Error(this.#down);
  }
}
