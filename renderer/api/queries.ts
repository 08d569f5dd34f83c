import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';

/** Query keys, one factory for all (TanStack's key-factory pattern). */
export const queryKeys = {
  appInfo: ['app-info'] as const,
  playbook: ['playbook'] as const,
  contacts: ['contacts'] as const,
  snapshot: ['snapshot'] as const,
  operator: ['operator'] as const,
  charts: ['charts'] as const,
};

/**
 * Every IPC query's options. IPC does not go through the network: never pause because Chromium
 * thinks it is offline, and never retry — a local call either works or is a bug.
 */
export const common = { networkMode: 'always', retry: false } as const;

export const appInfoQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: queryKeys.appInfo,
    queryFn: () => api.getAppInfo(),
    staleTime: Infinity,
  });

export const playbookQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: queryKeys.playbook,
    queryFn: () => api.getPlaybook(),
    staleTime: Infinity,
  });

export const contactsQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: queryKeys.contacts,
    queryFn: () => api.getContacts(),
    staleTime: Infinity,
  });

/** The snapshot is pushed by main (status:changed); the query only provides the first one. */
export const snapshotQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: queryKeys.snapshot,
    queryFn: () => api.getSnapshot(),
    staleTime: Infinity,
  });

/** Changed only by this seat (setOperator), which writes the answer into the cache. */
export const operatorQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: queryKeys.operator,
    queryFn: () => api.getOperator(),
    staleTime: Infinity,
  });

/**
 * The charts count per minute, so half a minute old is fine for them; what must be current at
 * once (a check down, a spike) changes a mark or a status, which fetches them at once. Drawing
 * a day of charts again costs tens of milliseconds: not something to do every few seconds.
 */
export const CHARTS_REFRESH_MS = 30_000;

/**
 * The wall's charts, every CHARTS_REFRESH_MS and at once when `situation` changes (a status
 * or a mark): a strip must not say "up" next to a mark that says "down". The last charts stay
 * on screen while the new ones come.
 */
export const chartsQuery = (api: DijkwachtApi, situation: string) =>
  queryOptions({
    ...common,
    queryKey: [...queryKeys.charts, situation],
    queryFn: () => api.getCharts(),
    refetchInterval: CHARTS_REFRESH_MS,
    staleTime: CHARTS_REFRESH_MS,
    // One entry per situation: an old one is never asked for again, so it is not kept.
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
