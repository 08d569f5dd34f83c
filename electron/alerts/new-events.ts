import type { TimelineEvent } from '../../shared/timeline/event.ts';

/**
 * The events appended after the alerts started, each handed out once. The timeline numbers
 * events without gaps, but another writer's events (an `ack` from the command line) may be
 * read after ours: so "seen" is every seq up to `through`, plus the ones above it.
 */
export class NewEvents {
  #through: number;
  readonly #above = new Set<number>();

  /** `startSeq`: the newest seq when the alerts started; it and everything before are history. */
  constructor(startSeq: number) {
    this.#through = startSeq;
  }

  /** The events not handed out before and newer than the start, in the order given. */
  take(events: readonly TimelineEvent[]): TimelineEvent[] {
    const fresh = events.filter((event) => !this.#seen(event.seq) && this.#mark(event.seq));
    while (this.#above.delete(this.#through + 1)) this.#through += 1;
    return fresh;
  }

  #seen(seq: number): boolean {
    return seq <= this.#through || this.#above.has(seq);
  }

  #mark(seq: number): true {
    this.#above.add(seq);
    return true;
  }
}
