import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { InvokeRequest } from '../../../shared/ipc/contract.ts';
import type { DijkwachtApi } from '../../../shared/ipc/create-api.ts';
import type { SourceControlResult } from '../../../shared/sources/source-detail.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { common } from '../../api/queries.ts';

export const sourcesKeys = { detail: ['sources-detail'] as const };

/**
 * The sources' detail, asked for again with every snapshot main pushes (`situation` is its
 * time): a poll's outcome, a pause or the heartbeat. The last answer stays on screen meanwhile.
 */
export const sourcesDetailQuery = (api: DijkwachtApi, situation: string) =>
  queryOptions({
    ...common,
    queryKey: [...sourcesKeys.detail, situation],
    queryFn: () => api.getSourcesDetail(),
    staleTime: Infinity,
    // One entry per snapshot: an old one is never asked for again, so it is not kept.
    gcTime: 0,
    placeholderData: keepPreviousData,
  });

export const useSourcesDetail = (situation: string) =>
  useQuery(sourcesDetailQuery(useApi(), situation));

/** Pause, resume and "poll now": never retried (a retried pause would log twice). */
function useSourceMutation<Request>(run: (request: Request) => Promise<SourceControlResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    networkMode: 'always',
    retry: false,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sourcesKeys.detail }),
  });
}

export function usePauseSource() {
  const api = useApi();
  return useSourceMutation((request: InvokeRequest<'source:pause'>) => api.pauseSource(request));
}

export function useResumeSource() {
  const api = useApi();
  return useSourceMutation((request: InvokeRequest<'source:resume'>) => api.resumeSource(request));
}

export function usePollSourceNow() {
  const api = useApi();
  return useSourceMutation((request: InvokeRequest<'source:poll-now'>) =>
    api.pollSourceNow(request),
  );
}
