import { useMemo } from 'react';
import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { asHeardLast } from '../../shared/status/viewer-freshness.ts';
import { useCharts } from '../api/hooks.ts';
import { useMinute } from '../app/use-minute.ts';
import type { ViewName } from '../app/view-state.ts';
import { HeaderButton, ScreenFrame } from '../common/ScreenFrame.tsx';
import { useViewerStale } from '../common/use-viewer-stale.ts';
import type { ViewData } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { DomainDetailPage } from './detail/DomainDetailPage.tsx';
import { CHARTED_DOMAINS, DomainChart } from './DomainChart.tsx';
import { PageDots } from './rotation/PageDots.tsx';
import { wallPages, type WallPage } from './rotation/rotation.ts';
import { useRotation } from './rotation/use-rotation.ts';
import { StatusAnnouncer } from './StatusAnnouncer.tsx';
import { useIdleCursor } from './use-idle-cursor.ts';
import { useWatchedChanges } from './use-watched-changes.ts';
import { WallOverview } from './WallOverview.tsx';

/**
 * The war-room big screen: read from 5 m, untouched for days. The overview's seven tiles,
 * then (when the config asks for rotation) each domain's detail page with its chart; a domain
 * turning critical takes the screen on its detail page, and the overview then holds with its
 * tile marked until someone sees to it. Nothing on it acts: acknowledging happens at the desk.
 */
export function WallDisplay({
  appInfo,
  playbook,
  snapshot: received,
  contacts,
  onShowView,
}: ViewData & { onShowView: (view: ViewName) => void }) {
  const { t } = useI18n();
  const stale = useViewerStale(received);
  const snapshot = useMemo(() => (stale ? asHeardLast(received) : received), [received, stale]);
  const minute = useMinute();
  const { page, alarmDomain, alarmDomains } = useRotation(snapshot, appInfo.wall);
  const changed = useWatchedChanges(snapshot);
  // Asked for all along, not when a detail page opens: an alarm's page shows its chart at once.
  const charts = useCharts(situationOf(snapshot)).data;
  useIdleCursor();
  // Where the rotation is, in the header (no room taken from the tiles); without rotation an
  // alarm's detail page says by itself what it is.
  const actions = (
    <>
      {appInfo.wall.rotateEveryMs !== null && (
        <PageDots
          pages={wallPages(snapshot.domains.map((domain) => domain.id))}
          page={page}
          alarmDomains={alarmDomains}
          playbook={playbook}
        />
      )}
      <HeaderButton testId={testIds.viewToggle} onClick={() => onShowView('coordinator')}>
        {t('view.coordinator')}
      </HeaderButton>
    </>
  );
  return (
    <ScreenFrame view="wall" appInfo={appInfo} snapshot={snapshot} stale={stale} actions={actions}>
      <StatusAnnouncer snapshot={snapshot} playbook={playbook} />
      {page.kind === 'domain' ? (
        <DetailPage
          page={page}
          snapshot={snapshot}
          charts={charts}
          data={{ appInfo, playbook, contacts }}
        />
      ) : (
        <WallOverview
          appInfo={appInfo}
          playbook={playbook}
          snapshot={snapshot}
          minute={minute}
          alarmDomain={alarmDomain}
          changed={changed}
        />
      )}
    </ScreenFrame>
  );
}

function DetailPage({
  page,
  snapshot,
  charts,
  data,
}: {
  page: Extract<WallPage, { kind: 'domain' }>;
  snapshot: Snapshot;
  charts: WallCharts | undefined;
  data: Pick<ViewData, 'appInfo' | 'playbook' | 'contacts'>;
}) {
  const domain = snapshot.domains.find((candidate) => candidate.id === page.domain);
  if (!domain) return null;
  const timeZone = data.appInfo.timezone;
  return (
    <DomainDetailPage
      domain={domain}
      playbook={data.playbook}
      contacts={data.contacts}
      timeZone={timeZone}
      now={new Date(snapshot.generatedAt)}
      chart={chartFor(domain.id, charts, timeZone)}
    />
  );
}

/** The domain's chart, once main has answered with the charts; none for domains without one. */
function chartFor(domain: DomainId, charts: WallCharts | undefined, timeZone: string) {
  if (!charts || !CHARTED_DOMAINS.includes(domain)) return null;
  if (domain === 'alerting' && charts.queries.length === 0) return null;
  return <DomainChart domain={domain} charts={charts} timeZone={timeZone} />;
}

/** What the charts follow besides the clock: every domain's status and its marks' seqs. */
function situationOf(snapshot: Snapshot): string {
  return snapshot.domains
    .map(
      (domain) => `${domain.id}=${domain.status}:${domain.marks.map((mark) => mark.seq).join(',')}`,
    )
    .join(' ');
}
