import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvokeRequest } from '../../shared/ipc/contract.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { useApi } from './ApiContext.tsx';
import { queryKeys } from './queries.ts';
import { asTimelineEvent, type WireEvent } from './timeline-events.ts';

/**
 * One coordinator action as a mutation. Never retried: a retried acknowledgement would be
 * on the timeline twice. The event it wrote comes back as `data`.
 */
function useActionMutation<Request>(run: (request: Request) => Promise<WireEvent>) {
  return useMutation({
    mutationFn: async (request: Request): Promise<TimelineEvent> =>
      asTimelineEvent(await run(request)),
    networkMode: 'always',
    retry: false,
  });
}

export function useAcknowledge() {
  const api = useApi();
  return useActionMutation((request: InvokeRequest<'action:acknowledge'>) =>
    api.acknowledge(request),
  );
}

export function useSnooze() {
  const api = useApi();
  return useActionMutation((request: InvokeRequest<'action:snooze'>) => api.snooze(request));
}

export function useInformed() {
  const api = useApi();
  return useActionMutation((request: InvokeRequest<'action:informed'>) => api.informed(request));
}

export function useCriterion() {
  const api = useApi();
  return useActionMutation((request: InvokeRequest<'action:criterion'>) => api.criterion(request));
}

export function useLog() {
  const api = useApi();
  return useActionMutation((request: InvokeRequest<'action:log'>) => api.log(request));
}

export function useSetOperator() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.setOperator({ name }),
    networkMode: 'always',
    retry: false,
    onSuccess: (operator) => queryClient.setQueryData(queryKeys.operator, operator),
  });
}
