import type { InvokeResponse, PushPayload } from '../../../shared/ipc/contract.ts';
import { formatCount } from '../../../shared/text/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface ExportStatusProps {
  readonly pending: boolean;
  readonly progress: PushPayload<'export:progress'> | null;
  readonly result: InvokeResponse<'export:run'> | null;
}

/** How far a running export is, then where it went (or that it was cancelled). */
export function ExportStatus({ pending, progress, result }: ExportStatusProps) {
  const { t, language } = useI18n();
  const count = (n: number) =>
    n === 1 ? t('timeline.count.one') : t('timeline.count.many', { n: formatCount(n, language) });
  return (
    <div className="export-status" role="status">
      {pending && progress && (
        <div className="export-progress" data-testid={testIds.exportProgress}>
          <progress value={progress.done} max={Math.max(progress.total, 1)} />
          {t('export.progress', {
            done: formatCount(progress.done, language),
            total: formatCount(progress.total, language),
          })}
        </div>
      )}
      {!pending && result && (
        <p className="export-result" data-testid={testIds.exportResult} data-status={result.status}>
          {result.status === 'saved'
            ? t('export.saved', { file: result.file, count: count(result.events) })
            : t('export.cancelled')}
        </p>
      )}
    </div>
  );
}
