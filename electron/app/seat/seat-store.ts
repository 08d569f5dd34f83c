import type {
  ClaimResult,
  EventQuery,
  EventFilter,
  ResumeState,
  TimelineStore,
  VerifyReport,
} from '../../../shared/timeline/timeline-store.ts';
import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';

/**
 * The shared store as a seat's handlers see it, from the first moment: the store once it is
 * open, and one clear line while it is not (the seat opens its window before the server
 * answers, and keeps retrying). A seat never collects, so it never claims the store.
 */
export class SeatStore implements TimelineStore {
  readonly location: string;
  #store: TimelineStore | null = null;
  #refusal: string;

  constructor(location: string) {
    this.location = location;
    this.#refusal = notConnected(location);
  }

  /** The open store, or null with the line every call is refused with. */
  use(store: TimelineStore | null, refusal: string = notConnected(this.location)): void {
    this.#store = store;
    this.#refusal = refusal;
  }

  get current(): TimelineStore | null {
    return this.#store;
  }

  async append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]> {
    return this.#open().append(drafts);
  }
  async read(query: EventQuery): Promise<TimelineEvent[]> {
    return this.#open().read(query);
  }
  async count(filter?: EventFilter): Promise<number> {
    return this.#open().count(filter);
  }
  async lastSeq(): Promise<number> {
    return this.#open().lastSeq();
  }
  async resumeState(): Promise<ResumeState> {
    return this.#open().resumeState();
  }
  async verify(): Promise<VerifyReport> {
    return this.#open().verify();
  }
  async claimCollector(): Promise<ClaimResult> {
    throw new Error('a seat does not collect');
  }
  async renewCollector(): Promise<boolean> {
    return false;
  }
  async releaseCollector(): Promise<void> {}
  /** The seat's link closes the real store. */
  async close(): Promise<void> {}

  #open(): TimelineStore {
    if (!this.#store) throw new Error(this.#refusal);
    return this.#store;
  }
}

export function notConnected(location: string): string {
  return `Geen verbinding met de gedeelde dijkwacht (${location}) / Not connected to the shared war room (${location})`;
}
