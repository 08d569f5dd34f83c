import { useMemo } from 'react';
import { asHeardLast } from '../../shared/status/viewer-freshness.ts';
import { useMinute } from '../app/use-minute.ts';
import type { ViewName } from '../app/view-state.ts';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { useViewerStale } from '../common/use-viewer-stale.ts';
import type { ViewData } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { StatusAnnouncer } from './StatusAnnouncer.tsx';
import { useIdleCursor } from './use-idle-cursor.ts';
import { WallOverview } from './WallOverview.tsx';

/**
 * The war-room big screen: read from 5 m, untouched for days. Everything scales with the
 * viewport, the seven tiles, the sources and the latest events fill one screen, nothing
 * scrolls, and nothing on it acts: acknowledging happens at the desk.
 */
export function WallDisplay({
  appInfo,
  playbook,
  snapshot: received,
  onShowView,
}: ViewData & { onShowView: (view: ViewName) => void }) {
  const { t } = useI18n();
  const stale = useViewerStale(received);
  const snapshot = useMemo(() => (stale ? asHeardLast(received) : received), [received, stale]);
  const minute = useMinute();
  useIdleCursor();
  const actions = (
    <HeaderButton testId={testIds.viewToggle} onClick={() => onShowView('coordinator')}>
      {t('view.coordinator')}
    </HeaderButton>
  );
  return (
    <ScreenFrame view="wall" appInfo={appInfo} snapshot={snapshot} stale={stale} actions={actions}>
      <StatusAnnouncer snapshot={snapshot} playbook={playbook} />
      <WallOverview
        appInfo={appInfo}
        playbook={playbook}
        snapshot={snapshot}
        minute={minute}
        alarmDomain={null}
      />
    </ScreenFrame>
  );
}
