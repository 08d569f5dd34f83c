import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';

/** Drafts as the store would number them, from `firstSeq` on, without the collector's markKey. */
export function numbered(drafts: readonly EventDraft[], firstSeq = 1): TimelineEvent[] {
  return drafts.map((draft, index) => {
    const event = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== 'markKey'));
    return { ...event, seq: firstSeq + index } as TimelineEvent;
  });
}
