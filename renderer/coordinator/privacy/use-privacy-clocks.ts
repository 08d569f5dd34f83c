import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DijkwachtApi } from '../../../shared/ipc/create-api.ts';
import type { PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { common } from '../../api/queries.ts';

/**
 * The 72-hour privacy clocks, for the desk and the wall alike (docs/privacy-clock.md). Every
 * change of a clock is logged as a note or decision of the privacy domain, and main pushes
 * every new event to every window: such a push refetches the clocks, so the wall shows a
 * clock the desk started within a moment, and nothing is asked for in between. A slow poll
 * stays as a safety net; the countdown itself is drawn from the clock's times, not refetched.
 */

export const privacyKeys = { clocks: ['privacy-clocks'] as const };

const SAFETY_REFETCH_MS = 60_000;

export const privacyClocksQuery = (api: DijkwachtApi) =>
  queryOptions({
    ...common,
    queryKey: privacyKeys.clocks,
    queryFn: () => api.getPrivacyClocks(),
    refetchInterval: SAFETY_REFETCH_MS,
    staleTime: SAFETY_REFETCH_MS,
  });

export function usePrivacyClocks() {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.onTimelineAppended(({ events }) => {
        const privacyLog = events.some(
          (event) =>
            event.domain === 'privacy' && (event.kind === 'note' || event.kind === 'decision'),
        );
        if (privacyLog) void queryClient.invalidateQueries({ queryKey: privacyKeys.clocks });
      }),
    [api, queryClient],
  );
  return useQuery(privacyClocksQuery(api));
}

/** One change of a clock; its answer (all the clocks) replaces the cache. Never retried. */
function usePrivacyMutation<Request>(
  run: (api: DijkwachtApi, request: Request) => Promise<PrivacyClocks>,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Request) => run(api, request),
    networkMode: 'always',
    retry: false,
    onSuccess: (answer) => queryClient.setQueryData(privacyKeys.clocks, answer),
  });
}

type RequestOf<M extends keyof DijkwachtApi> = Parameters<DijkwachtApi[M]>[0];

export const useStartPrivacyClock = () =>
  usePrivacyMutation((api, request: RequestOf<'startPrivacyClock'>) =>
    api.startPrivacyClock(request),
  );

export const useSetPrivacyAwareness = () =>
  usePrivacyMutation((api, request: RequestOf<'setPrivacyAwareness'>) =>
    api.setPrivacyAwareness(request),
  );

export const useDecidePrivacy = () =>
  usePrivacyMutation((api, request: RequestOf<'decidePrivacy'>) => api.decidePrivacy(request));
