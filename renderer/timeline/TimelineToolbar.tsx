import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { formatCount } from '../../shared/text/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import type { FilterForm } from './filter-state.ts';
import { TimelineFilters } from './TimelineFilters.tsx';
import { useFirstPage } from './use-event-pages.ts';

export interface TimelineToolbarProps {
  readonly form: FilterForm;
  readonly onChange: (form: FilterForm) => void;
  /** The filter the list shows now (the search settles after a pause). */
  readonly filter: TimelineFilter;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly exporting: boolean;
  readonly onToggleExport: () => void;
}

/** The filters, how many events match them, and the way to the export. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { t } = useI18n();
  return (
    <div className="timeline-toolbar">
      <TimelineFilters
        form={props.form}
        onChange={props.onChange}
        playbook={props.playbook}
        timeZone={props.timeZone}
      />
      <div className="timeline-summary">
        <MatchCount filter={props.filter} />
        <button
          type="button"
          className="primary-button"
          aria-expanded={props.exporting}
          onClick={props.onToggleExport}
          data-testid={testIds.exportOpen}
        >
          {t('export.open')}
        </button>
      </div>
    </div>
  );
}

function MatchCount({ filter }: { filter: TimelineFilter }) {
  const { t, language } = useI18n();
  const total = useFirstPage(filter).data?.total;
  const text =
    total === undefined
      ? ''
      : total === 1
        ? t('timeline.count.one')
        : t('timeline.count.many', { n: formatCount(total, language) });
  return (
    <output className="timeline-total" data-testid={testIds.timelineTotal} aria-live="polite">
      {text}
    </output>
  );
}
