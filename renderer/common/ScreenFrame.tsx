import type { ReactNode } from 'react';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { ViewName } from '../app/view-state.ts';
import { testIds } from '../testids.ts';
import { Header, StaleBanner } from './Header.tsx';
import { TimelineFailingBanner } from './TimelineFailingBanner.tsx';
import { useWarRoom } from '../api/war-room.ts';
import { seatProblem, WarRoomBadge, WarRoomBanner } from './WarRoomBanner.tsx';

export interface ScreenFrameProps {
  readonly view: ViewName;
  readonly appInfo: AppInfo;
  readonly snapshot: Snapshot;
  readonly stale: boolean;
  /** Buttons for the header. */
  readonly actions: ReactNode;
  readonly children: ReactNode;
}

/**
 * What every view has: the header, the stale and failing-timeline banners when due, a seat's
 * war-room banner (which says why it is stale, so it replaces the stale one), and
 * `data-state` for tests.
 */
export function ScreenFrame({
  view,
  appInfo,
  snapshot,
  stale,
  actions,
  children,
}: ScreenFrameProps) {
  // A failed ask leaves it null: the app without a war room shows nothing of it.
  const warRoom = useWarRoom().data ?? null;
  const seatBanner = seatProblem(warRoom);
  return (
    <main className={view} data-testid={testIds.app} data-state="ready" data-view={view}>
      <Header appInfo={appInfo} snapshot={snapshot} stale={stale}>
        {warRoom && <WarRoomBadge state={warRoom} />}
        {actions}
      </Header>
      {warRoom && seatBanner && (
        <WarRoomBanner state={warRoom} timezone={appInfo.timezone} compact={view === 'wall'} />
      )}
      {stale && !seatBanner && <StaleBanner snapshot={snapshot} appInfo={appInfo} />}
      <TimelineFailingBanner snapshot={snapshot} />
      {children}
    </main>
  );
}

/** A quiet header button. */
export function HeaderButton({
  testId,
  onClick,
  hint,
  children,
}: {
  testId: string;
  onClick: () => void;
  /** What clicking does, where the visible text says only what is. */
  hint?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="quiet-button"
      data-testid={testId}
      onClick={onClick}
      title={hint}
    >
      {children}
    </button>
  );
}
