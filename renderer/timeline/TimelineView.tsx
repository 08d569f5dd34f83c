import { useState } from 'react';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { useFreshSnapshot } from '../common/use-fresh-snapshot.ts';
import type { DeskViewProps } from '../common/view-data.ts';
import { OperatorButton } from '../coordinator/operator/OperatorButton.tsx';
import { OperatorGate } from '../coordinator/operator/OperatorGate.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { EventList, type NavigationTarget } from './EventList.tsx';
import { ExportPanel } from './export/ExportPanel.tsx';
import { emptyFilterForm, toTimelineFilter, type FilterForm } from './filter-state.ts';
import { TimelineToolbar } from './TimelineToolbar.tsx';
import { useDebounced } from './use-debounced.ts';

/** Typing in the search box asks main once the typing pauses. */
const SEARCH_PAUSE_MS = 300;

/** The coordinator's record: every event, filtered and searched, linked, and exported. */
export function TimelineView({
  appInfo,
  playbook,
  snapshot: received,
  onShowView,
  onToggleLanguage,
}: DeskViewProps) {
  const { t } = useI18n();
  const { snapshot, stale, now } = useFreshSnapshot(received);
  const [form, setForm] = useState<FilterForm>(emptyFilterForm);
  const [target, setTarget] = useState<NavigationTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const text = useDebounced(form.text, SEARCH_PAUSE_MS);
  const filter = toTimelineFilter({ ...form, text }, appInfo.timezone);
  // A link may lead outside the filter: show everything, so the event is surely there.
  const navigate = (seq: number) => {
    setForm(emptyFilterForm);
    setTarget({ seq });
  };
  const actions = (
    <>
      <OperatorButton />
      <HeaderButton testId={testIds.timelineToggle} onClick={() => onShowView('coordinator')}>
        {t('view.coordinator')}
      </HeaderButton>
      <HeaderButton testId={testIds.languageToggle} onClick={onToggleLanguage}>
        {t('language.switch')}
      </HeaderButton>
    </>
  );
  return (
    <OperatorGate>
      <ScreenFrame
        view="timeline"
        appInfo={appInfo}
        snapshot={snapshot}
        stale={stale}
        actions={actions}
      >
        <div className="timeline-body" data-testid={testIds.timelineView}>
          <div className="timeline-main">
            <TimelineToolbar
              form={form}
              onChange={setForm}
              filter={filter}
              playbook={playbook}
              timeZone={appInfo.timezone}
              exporting={exporting}
              onToggleExport={() => setExporting(!exporting)}
            />
            <EventList
              filter={filter}
              playbook={playbook}
              timeZone={appInfo.timezone}
              now={now}
              target={target}
              onNavigate={navigate}
            />
          </div>
          {exporting && (
            <aside className="timeline-side">
              <ExportPanel
                initial={{ from: form.from, to: form.to, domain: form.domain }}
                playbook={playbook}
                timeZone={appInfo.timezone}
                onClose={() => setExporting(false)}
              />
            </aside>
          )}
        </div>
      </ScreenFrame>
    </OperatorGate>
  );
}
