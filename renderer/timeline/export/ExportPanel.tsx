import { useId, useState, type FormEvent } from 'react';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { errorMessage } from '../../api/error-message.ts';
import { DomainSelect } from '../../common/DomainSelect.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { localInputToIso } from '../local-time.ts';
import { PeriodFields } from '../PeriodFields.tsx';
import { ExportStatus } from './ExportStatus.tsx';
import { FormatSelect, type ExportFormat } from './FormatSelect.tsx';
import { useExport } from './use-export.ts';

export interface ExportChoice {
  readonly from: string;
  readonly to: string;
  readonly domain: DomainId | null;
}

export interface ExportPanelProps {
  /** Starts from what the timeline view shows. */
  readonly initial: ExportChoice;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly onClose: () => void;
}

/** The timeline as a file: which format, period and domain, and whether names are redacted. */
export function ExportPanel({ initial, playbook, timeZone, onClose }: ExportPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [choice, setChoice] = useState(initial);
  // Redacted unless asked otherwise: an export tends to travel further than the war room.
  const [redact, setRedact] = useState(true);
  const { run, progress } = useExport();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate({
      format,
      redact,
      from: localInputToIso(choice.from, timeZone),
      to: localInputToIso(choice.to, timeZone),
      domain: choice.domain,
    });
  };
  return (
    <section className="export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel-title">
        {t('export.title')}
      </h2>
      <form
        className="action-form"
        onSubmit={submit}
        aria-busy={run.isPending}
        data-testid={testIds.exportForm}
      >
        <FormatSelect format={format} onChange={setFormat} />
        <PeriodFields
          from={choice.from}
          to={choice.to}
          onChange={(period) => setChoice({ ...choice, ...period })}
          timeZone={timeZone}
          testIds={{ from: testIds.exportFrom, to: testIds.exportTo }}
        />
        <DomainSelect
          label={t('timeline.domain')}
          emptyLabel={t('timeline.allDomains')}
          value={choice.domain}
          onChange={(domain) => setChoice({ ...choice, domain })}
          playbook={playbook}
          testId={testIds.exportDomain}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={redact}
            onChange={(event) => setRedact(event.target.checked)}
            data-testid={testIds.exportRedact}
          />
          {t('export.redact')}
        </label>
        {run.error && (
          <p className="form-error" role="alert" data-testid={testIds.actionError}>
            {t('export.failed', { message: errorMessage(run.error) })}
          </p>
        )}
        <div className="form-buttons">
          <button
            type="submit"
            className="primary-button"
            disabled={run.isPending}
            data-testid={testIds.actionSubmit}
          >
            {run.isPending ? t('export.working') : t('export.submit')}
          </button>
          <button type="button" className="quiet-button" onClick={onClose} disabled={run.isPending}>
            {t('export.close')}
          </button>
        </div>
      </form>
      <ExportStatus pending={run.isPending} progress={progress} result={run.data ?? null} />
    </section>
  );
}
