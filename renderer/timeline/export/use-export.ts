import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { InvokeRequest, PushPayload } from '../../../shared/ipc/contract.ts';
import { useApi } from '../../api/ApiContext.tsx';

type Progress = PushPayload<'export:progress'>;

/**
 * Runs an export (main asks where to save) and follows its progress pushes while it runs.
 * Never retried: a second attempt would ask for the file again.
 */
export function useExport() {
  const api = useApi();
  const [progress, setProgress] = useState<Progress | null>(null);
  const run = useMutation({
    mutationFn: (request: InvokeRequest<'export:run'>) => api.exportTimeline(request),
    // A new export starts from nothing, not from the last one's figures.
    onMutate: () => setProgress(null),
    networkMode: 'always',
    retry: false,
  });
  useEffect(() => {
    if (!run.isPending) return;
    return api.onExportProgress(setProgress);
  }, [api, run.isPending]);
  return { run, progress: run.isPending ? progress : null };
}
