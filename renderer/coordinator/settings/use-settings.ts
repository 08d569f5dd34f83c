import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { SettingsChange, SettingsView } from '../../../shared/settings/settings-contract.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { errorMessage } from '../../api/error-message.ts';

export const settingsKeys = { view: ['settings'] as const };

/** IPC is no network: never pause for "offline", never retry (renderer/api/queries.ts). */
const common = { networkMode: 'always', retry: false } as const;

/** What the settings page shows; read fresh on each visit (main reads the files again). */
export function useSettings() {
  const api = useApi();
  return useQuery({
    ...common,
    queryKey: settingsKeys.view,
    queryFn: () => api.getSettings(),
    staleTime: 0,
  });
}

/** Saves one setting; main answers with the page's new data. No secret goes this way. */
export function useChangeSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    ...common,
    mutationFn: (change: SettingsChange) => api.setSettings(change),
    onSuccess: (view: SettingsView) => queryClient.setQueryData(settingsKeys.view, view),
  });
}

/** Re-reads the page's data after main changed it (a source or a secret saved). */
export function useRefreshSettings(): () => void {
  const queryClient = useQueryClient();
  return useCallback(
    () => void queryClient.invalidateQueries({ queryKey: settingsKeys.view }),
    [queryClient],
  );
}

export interface SecretCall<Request, Answer> {
  run(request: Request): Promise<Answer | null>;
  readonly pending: boolean;
  readonly answer: Answer | null;
  readonly error: string | null;
  clear(): void;
}

/**
 * A call that carries a secret (test, add, replace). Not a react-query mutation on purpose:
 * a mutation keeps its variables in the cache, where the secret would stay readable after it
 * was sent. Here only the answer is kept, and main's answers hold no secret.
 */
export function useSecretCall<Request, Answer>(
  call: (request: Request) => Promise<Answer>,
): SecretCall<Request, Answer> {
  const [pending, setPending] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const run = useCallback(
    async (request: Request) => {
      const ticket = ++latest.current;
      setPending(true);
      setError(null);
      setAnswer(null);
      try {
        const result = await call(request);
        if (ticket === latest.current) setAnswer(result);
        return result;
      } catch (thrown) {
        if (ticket === latest.current) setError(errorMessage(thrown));
        return null;
      } finally {
        if (ticket === latest.current) setPending(false);
      }
    },
    [call],
  );
  const clear = useCallback(() => {
    latest.current += 1;
    setAnswer(null);
    setError(null);
    setPending(false);
  }, []);
  return { run, pending, answer, error, clear };
}
