import { DomainTiles } from '../common/DomainTiles.tsx';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { SourceList } from '../common/SourceList.tsx';
import { useFreshSnapshot } from '../common/use-fresh-snapshot.ts';
import type { DeskViewProps } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { DomainActions } from './actions/DomainActions.tsx';
import { LogForm } from './actions/LogForm.tsx';
import { MarkActions } from './actions/MarkActions.tsx';
import { OperatorButton } from './operator/OperatorButton.tsx';
import { OperatorGate } from './operator/OperatorGate.tsx';
import { ResolverGroups } from './ResolverGroups.tsx';
import { useScrollToShownDomain, type ShownDomain } from '../app/shown-domain.ts';

/**
 * The coordinator's desk: the tiles with triggers, people and actions; beside them the log,
 * the sources and §1.3.
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
        <div className="coordinator-body">
          <div className="coordinator-grid">
            <DomainTiles
              appInfo={appInfo}
              playbook={playbook}
              snapshot={snapshot}
              contacts={contacts}
              detailed={true}
              markActions={(mark) => <MarkActions mark={mark} />}
              domainActions={(domain) => <DomainActions domain={domain} playbook={playbook} />}
            />
          </div>
          <aside className="coordinator-side">
            <LogForm playbook={playbook} />
            <SourceList snapshot={snapshot} appInfo={appInfo} />
            {contacts.length === 0 && <p className="contacts-hint">{t('contacts.none')}</p>}
            <ResolverGroups playbook={playbook} />
          </aside>
        </div>
      </ScreenFrame>
    </OperatorGate>
  );
}
