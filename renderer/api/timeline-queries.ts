import { queryOptions } from '@tanstack/react-query';
import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';
import type { EventOf, TimelineEvent } from '../../shared/timeline/event.ts';
import { common } from './queries.ts';
import { asTimelineEvents } from './timeline-events.ts';

/** Pages of 200: a screenful many times over, small enough to answer at once. */
export const TIMELINE_PAGE_SIZE = 200;
/** The wall's strip. */
export const RECENT_EVENTS = 12;
/** The contract's largest page, for the follow-up scan. */
const SCAN_PAGE_SIZE = 500;

/** Everything under `timeline` is refetched when main appends (timeline:appended). */
export const timelineKeys = {
  all: ['timeline'] as const,
  recent: ['timeline', 'recent'] as const,
  page: (filter: TimelineFilter, page: number) => ['timeline', 'page', filter, page] as const,
  followUps: (raisedSeq: number) => ['timeline', 'follow-ups', raisedSeq] as const,
};

export const recentEventsQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: timelineKeys.recent,
    queryFn: async () =>
      asTimelineEvents(
        (await api.getTimelinePage({ filter: {}, offset: 0, limit: RECENT_EVENTS })).events,
      ),
    staleTime: Infinity,
  });

export const timelinePageQuery = (api: DijkwachtApi, filter: TimelineFilter, page: number) =>
  queryOptions({
    ...common,
    queryKey: timelineKeys.page(filter, page),
    queryFn: async () => {
      const request = { filter, offset: page * TIMELINE_PAGE_SIZE, limit: TIMELINE_PAGE_SIZE };
      const answer = await api.getTimelinePage(request);
      return { total: answer.total, events: asTimelineEvents(answer.events) };
    },
    staleTime: Infinity,
  });

const followUpKinds = ['mark-acknowledged', 'mark-snoozed', 'mark-cleared'] as const;
export type FollowUp = EventOf<(typeof followUpKinds)[number]>;

/**
 * The acknowledgements, snoozes and clearing of one raising. The filter cannot ask for a
 * `raisedSeq`, so this reads that domain's follow-ups since the raising and picks them out.
 */
export const followUpsQuery = (api: DijkwachtApi, raised: EventOf<'mark-raised'>) =>
  queryOptions({
    ...common,
    queryKey: timelineKeys.followUps(raised.seq),
    queryFn: async () => {
      const filter: TimelineFilter = {
        kinds: [...followUpKinds],
        from: raised.at,
        ...(raised.domain ? { domains: [raised.domain] } : {}),
      };
      const found: FollowUp[] = [];
      for (let offset = 0; ; offset += SCAN_PAGE_SIZE) {
        const page = await api.getTimelinePage({ filter, offset, limit: SCAN_PAGE_SIZE });
        found.push(
          ...asTimelineEvents(page.events).filter((event) => isFollowUpOf(event, raised.seq)),
        );
        if (page.events.length < SCAN_PAGE_SIZE || offset + SCAN_PAGE_SIZE >= page.total)
          return found.sort((a, b) => a.seq - b.seq);
      }
    },
    staleTime: Infinity,
  });

function isFollowUpOf(event: TimelineEvent, raisedSeq: number): event is FollowUp {
  return (
    (event.kind === 'mark-acknowledged' ||
      event.kind === 'mark-snoozed' ||
      event.kind === 'mark-cleared') &&
    event.data.raisedSeq === raisedSeq
  );
}
