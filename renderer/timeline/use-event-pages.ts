import { useQueries, useQuery } from '@tanstack/react-query';
import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { useApi } from '../api/ApiContext.tsx';
import { TIMELINE_PAGE_SIZE, timelinePageQuery } from '../api/timeline-queries.ts';

/** The first page: how many events match, and the newest of them. */
export function useFirstPage(filter: TimelineFilter) {
  return useQuery(timelinePageQuery(useApi(), filter, 0));
}

/**
 * The pages that hold rows `first`…`last` (the virtualiser's window), fetched by offset and
 * cached per filter and page; scrolling back shows cached pages at once.
 */
export function useEventsAt(filter: TimelineFilter, first: number, last: number) {
  const api = useApi();
  const pages = pageRange(first, last);
  const results = useQueries({
    queries: pages.map((page) => timelinePageQuery(api, filter, page)),
  });
  return (index: number): TimelineEvent | undefined => {
    const page = Math.floor(index / TIMELINE_PAGE_SIZE);
    const result = results[pages.indexOf(page)];
    return result?.data?.events[index - page * TIMELINE_PAGE_SIZE];
  };
}

function pageRange(first: number, last: number): number[] {
  if (last < first) return [];
  const start = Math.floor(first / TIMELINE_PAGE_SIZE);
  const end = Math.floor(last / TIMELINE_PAGE_SIZE);
  return Array.from({ length: end - start + 1 }, (_, offset) => start + offset);
}
