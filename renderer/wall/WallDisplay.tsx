import type { ViewName } from '../app/view-state.ts';
import { DomainTiles } from '../common/DomainTiles.tsx';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { SourceList } from '../common/SourceList.tsx';
import { useFreshSnapshot } from '../common/use-fresh-snapshot.ts';
import type { ViewData } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { TimelineStrip } from './TimelineStrip.tsx';

/**
 * The war-room big screen: read from 5 m, untouched for days. Everything scales with the
 * viewport, the seven tiles, the sources and the latest events fill one screen, nothing
 * scrolls, and nothing on it acts: acknowledging happens at the desk.
 */
export function WallDisplay({
  appInfo,
  playbook,
  snapshot: received,
  contacts,
  onShowView,
}: ViewData & { onShowView: (view: ViewName) => void }) {
  const { t } = useI18n();
  const { snapshot, stale, now } = useFreshSnapshot(received);
  const actions = (
    <HeaderButton testId={testIds.viewToggle} onClick={() => onShowView('coordinator')}>
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
        {/* The eighth cell: the sources, and under them what the timeline said last. */}
        <div className="tile tile-sources">
          <SourceList snapshot={snapshot} appInfo={appInfo} />
          <TimelineStrip appInfo={appInfo} />
        </div>
      </div>
    </ScreenFrame>
  );
}
