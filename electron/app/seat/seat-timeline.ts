import type { TimelineState } from '../../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import type { TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import type { AppendedListener } from '../../timeline/timeline-keeper.ts';

/**
 * A seat's side of the timeline: it writes nothing of its own accord, it follows what the
 * collector and the other seats committed (a NOTIFY, a reconnect, a heartbeat) and hands each
 * new event to its subscribers once — the windows' strip and the desktop alerts.
 */
export class SeatTimeline {
  readonly store: TimelineStore;
  readonly #listeners = new Set<AppendedListener>();
  /** Null until the store first answered: what it held then is history, not news. */
  #lastSeq: number | null = null;
  #serial: Promise<void> = Promise.resolve();

  constructor(store: TimelineStore) {
    this.store = store;
  }

  /** Reads what was committed since we last looked; the first read only notes where it stands. */
  catchUp(): Promise<void> {
    const next = this.#serial.then(() => this.#readNew());
    this.#serial = next.catch(() => undefined);
    return next;
  }

  /** What startAlerts and the strip read: a seat never has writes waiting. */
  state(): TimelineState {
    return { state: 'ok', pending: 0, error: null, lastSeq: this.#lastSeq ?? 0 };
  }

  subscribe(listener: AppendedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #readNew(): Promise<void> {
    if (this.#lastSeq === null) {
      this.#lastSeq = await this.store.lastSeq();
      return;
    }
    const events = await this.store.read({ afterSeq: this.#lastSeq, order: 'asc' });
    if (events.length === 0) return;
    this.#lastSeq = events.reduce((last, event) => Math.max(last, event.seq), this.#lastSeq);
    this.#notify(events);
  }

  #notify(events: readonly TimelineEvent[]): void {
    const lastSeq = this.#lastSeq ?? 0;
    for (const listener of this.#listeners) listener(events, lastSeq);
  }
}
