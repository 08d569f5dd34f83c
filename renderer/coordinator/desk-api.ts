import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { useApi } from '../api/ApiContext.tsx';
import { common } from '../api/queries.ts';

/**
 * A domain's detail changes with the signals: asked for again when the desk's situation
 * changes (a status, a mark) and every DETAIL_REFRESH_MS while it is open. Ages in it are
 * counted on screen from its `generatedAt`.
 */
export const DETAIL_REFRESH_MS = 15_000;

export const deskKeys = {
  detail: (domain: DomainId, situation: string) => ['domain-detail', domain, situation] as const,
};

export const domainDetailQuery = (api: DijkwachtApi, domain: DomainId, situation: string) =>
  queryOptions({
    ...common,
    queryKey: deskKeys.detail(domain, situation),
    queryFn: () => api.getDomainDetail({ domain }),
    refetchInterval: DETAIL_REFRESH_MS,
    staleTime: DETAIL_REFRESH_MS,
    // One entry per situation, never asked for again once it has passed.
    gcTime: 0,
    // While a new situation's detail comes, the last one stays (for the same domain only).
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === domain ? previous : undefined,
  });

export const useDomainDetail = (domain: DomainId, situation: string) =>
  useQuery(domainDetailQuery(useApi(), domain, situation));

/** Asks main to open a link; main's allow-list decides (docs/desk.md). Never retried. */
export function useOpenLink() {
  const api = useApi();
  return useMutation({
    mutationFn: (url: string) => api.openLink({ url }),
    networkMode: 'always',
    retry: false,
  });
}
