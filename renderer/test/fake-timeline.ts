import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { EventDraft, TimelineEvent } from '../../shared/timeline/event.ts';

/** The timeline in memory, answering pages as main does: newest first, filtered, offset. */
export class FakeTimeline {
  readonly events: TimelineEvent[];

  constructor(events: readonly TimelineEvent[] = []) {
    this.events = [...events].sort((a, b) => a.seq - b.seq);
  }

  get lastSeq(): number {
    return this.events.at(-1)?.seq ?? 0;
  }

  append(draft: EventDraft): TimelineEvent {
    // markKey is the collector's bookkeeping, never part of the event (shared/timeline/event.ts).
    const event: TimelineEvent & { markKey?: string } = { ...draft, seq: this.lastSeq + 1 };
    delete event.markKey;
    this.events.push(event);
    return event;
  }

  page(filter: TimelineFilter, offset: number, limit: number) {
    const matching = this.matching(filter);
    return { total: matching.length, events: matching.slice(offset, offset + limit) };
  }

  /** Newest first. */
  matching(filter: TimelineFilter): TimelineEvent[] {
    const text = filter.text?.toLowerCase();
    const from = filter.from ? Date.parse(filter.from) : -Infinity;
    const to = filter.to ? Date.parse(filter.to) : Infinity;
    const result: TimelineEvent[] = [];
    for (let index = this.events.length - 1; index >= 0; index -= 1) {
      const event = this.events[index] as TimelineEvent;
      const at = Date.parse(event.at);
      if (filter.domains && !(event.domain && filter.domains.includes(event.domain))) continue;
      if (filter.kinds && !filter.kinds.includes(event.kind)) continue;
      if (at < from || at >= to) continue;
      if (text && !`${event.summary} ${event.actor}`.toLowerCase().includes(text)) continue;
      result.push(event);
    }
    return result;
  }
}
