import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { useApi } from './ApiContext.tsx';
import {
  appInfoQuery,
  chartsQuery,
  contactsQuery,
  operatorQuery,
  playbookQuery,
  queryKeys,
  snapshotQuery,
} from './queries.ts';
import { asTimelineEvents } from './timeline-events.ts';
import { RECENT_EVENTS, recentEventsQuery, timelineKeys } from './timeline-queries.ts';

export const useAppInfo = () => useQuery(appInfoQuery(useApi()));
export const usePlaybook = () => useQuery(playbookQuery(useApi()));
export const useContacts = () => useQuery(contactsQuery(useApi()));
export const useSnapshot = () => useQuery(snapshotQuery(useApi()));
export const useOperator = () => useQuery(operatorQuery(useApi()));
export const useRecentEvents = () => useQuery(recentEventsQuery(useApi()));
export const useCharts = (situation: string) => useQuery(chartsQuery(useApi(), situation));

/** Push, then cache: every status:changed replaces the cached snapshot; no second store. */
export function useStatusPush(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () => api.onStatusChanged((snapshot) => queryClient.setQueryData(queryKeys.snapshot, snapshot)),
    [api, queryClient],
  );
}

/**
 * Push, then cache, for the timeline: the strip takes the pushed events as they are; pages
 * and follow-ups shift by the new events, so they are refetched where they are shown.
 */
export function useTimelinePush(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.onTimelineAppended(({ events }) => {
        queryClient.setQueryData<TimelineEvent[]>(timelineKeys.recent, (shown) =>
          shown
            ? newestFirst([...asTimelineEvents(events), ...shown]).slice(0, RECENT_EVENTS)
            : shown,
        );
        void queryClient.invalidateQueries({
          queryKey: timelineKeys.all,
          predicate: (query) => query.queryKey[1] !== timelineKeys.recent[1],
        });
      }),
    [api, queryClient],
  );
}

function newestFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  const bySeq = new Map(events.map((event) => [event.seq, event]));
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}
