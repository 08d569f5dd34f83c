import { DomainTiles } from '../common/DomainTiles.tsx';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { SourceList } from '../common/SourceList.tsx';
import { useFreshSnapshot } from '../common/use-fresh-snapshot.ts';
import type { ViewData } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { ResolverGroups } from './ResolverGroups.tsx';

export interface CoordinatorViewProps extends ViewData {
  readonly onToggleView: () => void;
  readonly onToggleLanguage: () => void;
}

/** The coordinator's desk: the same tiles with triggers and people, the sources and §1.3. */
export function CoordinatorView({
  appInfo,
  playbook,
  snapshot: received,
  contacts,
  onToggleView,
  onToggleLanguage,
}: CoordinatorViewProps) {
  const { t } = useI18n();
  const { snapshot, stale, now } = useFreshSnapshot(received);
  const actions = (
    <>
      <HeaderButton testId={testIds.languageToggle} onClick={onToggleLanguage}>
        {t('language.switch')}
      </HeaderButton>
      <HeaderButton testId={testIds.viewToggle} onClick={onToggleView}>
        {t('view.wall')}
      </HeaderButton>
    </>
  );
  return (
    <ScreenFrame
      view="coordinator"
      appInfo={appInfo}
      snapshot={snapshot}
      stale={stale}
      now={now}
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
          />
        </div>
        <aside className="coordinator-side">
          <SourceList snapshot={snapshot} appInfo={appInfo} />
          {contacts.length === 0 && <p className="contacts-hint">{t('contacts.none')}</p>}
          <ResolverGroups playbook={playbook} />
        </aside>
      </div>
    </ScreenFrame>
  );
}
