import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { useFreshSnapshot } from '../common/use-fresh-snapshot.ts';
import type { DeskViewProps } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { OperatorButton } from './operator/OperatorButton.tsx';
import { OperatorGate } from './operator/OperatorGate.tsx';
import { Desk } from './Desk.tsx';
import { useScrollToShownDomain, type ShownDomain } from '../app/shown-domain.ts';

/**
 * The coordinator's desk: the header with its buttons, then the desk itself (Desk.tsx): the
 * page switcher, the tiles or a domain's detail, and beside them the log, the sources and §1.3.
 */
export function CoordinatorView({
  appInfo,
  playbook,
  snapshot: received,
  contacts,
  onShowView,
  onToggleLanguage,
  shownDomain = null,
}: DeskViewProps & { shownDomain?: ShownDomain | null }) {
  const { t } = useI18n();
  useScrollToShownDomain(shownDomain);
  const { snapshot, stale } = useFreshSnapshot(received);
  const actions = (
    <>
      <OperatorButton />
      <HeaderButton testId={testIds.timelineToggle} onClick={() => onShowView('timeline')}>
        {t('view.timeline')}
      </HeaderButton>
      <HeaderButton testId={testIds.languageToggle} onClick={onToggleLanguage}>
        {t('language.switch')}
      </HeaderButton>
      <HeaderButton testId={testIds.viewToggle} onClick={() => onShowView('wall')}>
        {t('view.wall')}
      </HeaderButton>
    </>
  );
  return (
    <OperatorGate>
      <ScreenFrame
        view="coordinator"
        appInfo={appInfo}
        snapshot={snapshot}
        stale={stale}
        actions={actions}
      >
        <Desk
          appInfo={appInfo}
          playbook={playbook}
          snapshot={snapshot}
          contacts={contacts}
          shownDomain={shownDomain}
          onToggleLanguage={onToggleLanguage}
        />
      </ScreenFrame>
    </OperatorGate>
  );
}
