import type { Playbook } from '../../shared/playbook/playbook.ts';
import { eventKinds, type EventKind } from '../../shared/timeline/event-kinds.ts';
import { DomainSelect } from '../common/DomainSelect.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { emptyFilterForm, isEmptyFilter, type FilterForm } from './filter-state.ts';
import { PeriodFields } from './PeriodFields.tsx';

export interface TimelineFiltersProps {
  readonly form: FilterForm;
  readonly onChange: (form: FilterForm) => void;
  readonly playbook: Playbook;
  readonly timeZone: string;
}

/** Which events the list shows: a domain, a kind, a period on the war room's clock, a text. */
export function TimelineFilters({ form, onChange, playbook, timeZone }: TimelineFiltersProps) {
  const { t } = useI18n();
  const set = (part: Partial<FilterForm>) => onChange({ ...form, ...part });
  return (
    <div role="search" className="timeline-filters" aria-label={t('timeline.filters')}>
      <DomainSelect
        label={t('timeline.domain')}
        emptyLabel={t('timeline.allDomains')}
        value={form.domain}
        onChange={(domain) => set({ domain })}
        playbook={playbook}
        testId={testIds.timelineFilterDomain}
      />
      <KindSelect kind={form.kind} onChange={(kind) => set({ kind })} />
      <PeriodFields
        from={form.from}
        to={form.to}
        onChange={(period) => set(period)}
        timeZone={timeZone}
        testIds={{ from: testIds.timelineFilterFrom, to: testIds.timelineFilterTo }}
      />
      <label className="field field-search">
        <span className="field-label">{t('timeline.search')}</span>
        <input
          type="search"
          value={form.text}
          placeholder={t('timeline.searchHint')}
          maxLength={200}
          onChange={(event) => set({ text: event.target.value })}
          data-testid={testIds.timelineSearch}
        />
      </label>
      <button
        type="button"
        className="quiet-button"
        disabled={isEmptyFilter(form)}
        onClick={() => onChange(emptyFilterForm)}
        data-testid={testIds.timelineClearFilters}
      >
        {t('timeline.clear')}
      </button>
    </div>
  );
}

function KindSelect({
  kind,
  onChange,
}: {
  kind: EventKind | null;
  onChange: (kind: EventKind | null) => void;
}) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span className="field-label">{t('timeline.kind')}</span>
      <select
        value={kind ?? ''}
        onChange={(event) =>
          onChange(eventKinds.find((known) => known === event.target.value) ?? null)
        }
        data-testid={testIds.timelineFilterKind}
      >
        <option value="">{t('timeline.allKinds')}</option>
        {eventKinds.map((known) => (
          <option key={known} value={known}>
            {t(`kind.${known}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
