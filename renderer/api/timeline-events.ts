import type { InvokeResponse } from '../../shared/ipc/contract.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';

/**
 * An event as the contract's inferred type has it: one object whose `kind` and `data` are
 * separate unions, because the schema's union is built from a mapped list and cast.
 */
export type WireEvent = InvokeResponse<'timeline:page'>['events'][number];

/**
 * Main parses every event with the discriminated schema before it crosses, so each one is a
 * TimelineEvent; this restores the pairing of `kind` and `data` the inference lost.
 */
export function asTimelineEvent(event: WireEvent): TimelineEvent {
  return event as TimelineEvent;
}

export function asTimelineEvents(events: readonly WireEvent[]): TimelineEvent[] {
  return events.map(asTimelineEvent);
}
