import type { exportFormats } from '../../../shared/ipc/contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export type ExportFormat = (typeof exportFormats)[number];

const formatNames: Readonly<Record<ExportFormat, string>> = {
  pdf: 'PDF',
  md: 'Markdown',
  csv: 'CSV',
  json: 'JSON',
};
/** For people first (PDF, Markdown), then for tools (CSV, JSON). */
const formatOrder: readonly ExportFormat[] = ['pdf', 'md', 'csv', 'json'];

export function FormatSelect({
  format,
  onChange,
}: {
  format: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span className="field-label">{t('export.format')}</span>
      <select
        value={format}
        onChange={(event) =>
          onChange(formatOrder.find((known) => known === event.target.value) ?? 'pdf')
        }
        data-testid={testIds.exportFormat}
      >
        {formatOrder.map((known) => (
          <option key={known} value={known}>
            {formatNames[known]}
          </option>
        ))}
      </select>
    </label>
  );
}
