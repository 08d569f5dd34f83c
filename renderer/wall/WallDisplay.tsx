import { DomainTiles } from '../common/DomainTiles.tsx';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { SourceList } from '../common/SourceList.tsx';
import { useFreshSnapshot } from '../common/use-fresh-snapshot.ts';
import type { ViewData } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/**
 * The war-room big screen: read from 5 m, untouched for days. Everything scales with the
 * viewport, the seven tiles and the sources fill one screen, nothing scrolls.
 */
export function WallDisplay({
  appInfo,
  playbook,
  snapshot: received,
  contacts,
  onToggleView,
}: ViewData & { onToggleView: () => void }) {
  const { t } = useI18n();
  const { snapshot, stale, now } = useFreshSnapshot(received);
  const actions = (
    <HeaderButton testId={testIds.viewToggle} onClick={onToggleView}>
      {t('view.coordinator')}
    </HeaderButton>
  );
  return (
    <ScreenFrame
      view="wall"
      appInfo={appInfo}
      snapshot={snapshot}
      stale={stale}
      now={now}
      actions={actions}
    >
      <div className="wall-grid">
        <DomainTiles
          appInfo={appInfo}
          playbook={playbook}
          snapshot={snapshot}
          contacts={contacts}
          detailed={false}
        />
        <div className="tile tile-sources">
          <SourceList snapshot={snapshot} appInfo={appInfo} />
        </div>
      </div>
    </ScreenFrame>
  );
}
