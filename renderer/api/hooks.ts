import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from './ApiContext.tsx';
import { appInfoQuery, contactsQuery, playbookQuery, queryKeys, snapshotQuery } from './queries.ts';

export const useAppInfo = () => useQuery(appInfoQuery(useApi()));
export const usePlaybook = () => useQuery(playbookQuery(useApi()));
export const useContacts = () => useQuery(contactsQuery(useApi()));
export const useSnapshot = () => useQuery(snapshotQuery(useApi()));

/** Push, then cache: every status:changed replaces the cached snapshot; no second store. */
export function useStatusPush(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () => api.onStatusChanged((snapshot) => queryClient.setQueryData(queryKeys.snapshot, snapshot)),
    [api, queryClient],
  );
}
