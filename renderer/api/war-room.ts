import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { WarRoomState } from '../../shared/ipc/contract.ts';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';
import { useApi } from './ApiContext.tsx';
import { common, queryKeys } from './queries.ts';

export const warRoomKey = ['war-room'] as const;

/** Asked once; warroom:changed keeps it (push, then cache). */
export const warRoomQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: warRoomKey,
    queryFn: () => api.getWarRoom(),
    staleTime: Infinity,
  });

/**
 * The shared war room's state (docs/war-room.md). When the collector a seat shows changes (the
 * first one publishes, a standby takes over), the title and playbook it published are asked
 * again: a seat answers them from the collector's publication.
 */
export function useWarRoom() {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.onWarRoomChanged((state) => {
        const before = queryClient.getQueryData<WarRoomState>(warRoomKey);
        queryClient.setQueryData(warRoomKey, state);
        if (JSON.stringify(before?.collector) === JSON.stringify(state.collector)) return;
        void queryClient.invalidateQueries({ queryKey: queryKeys.appInfo });
        void queryClient.invalidateQueries({ queryKey: queryKeys.playbook });
      }),
    [api, queryClient],
  );
  return useQuery(warRoomQuery(api));
}
