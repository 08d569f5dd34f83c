import type { DomainId } from '../../shared/playbook/domains.ts';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { SourceList } from '../common/SourceList.tsx';
import { TimelineStrip } from './TimelineStrip.tsx';
import { WallTile } from './tile/WallTile.tsx';

export interface WallOverviewProps {
  readonly appInfo: AppInfo;
  readonly playbook: Playbook;
  readonly snapshot: Snapshot;
  readonly minute: Date;
  /** The domain whose alarm holds the overview, highlighted until someone sees to it. */
  readonly alarmDomain: DomainId | null;
  /** Domains this wall saw change state: highlighted for a while after their since. */
  readonly changed: ReadonlySet<DomainId>;
}

/** The seven tiles and, in the eighth cell, the sources and what the timeline said last. */
export function WallOverview({
  appInfo,
  playbook,
  snapshot,
  minute,
  alarmDomain,
  changed,
}: WallOverviewProps) {
  return (
    <div className="wall-grid">
      {snapshot.domains.map((domain) => (
        <WallTile
          key={domain.id}
          domain={domain}
          playbook={playbook}
          sources={snapshot.sources.filter((source) => domain.sources.includes(source.id))}
          timeZone={appInfo.timezone}
          minute={minute}
          highlightMs={changed.has(domain.id) ? appInfo.wall.changedHighlightMs : 0}
          alarm={domain.id === alarmDomain}
        />
      ))}
      <div className="tile tile-sources">
        <SourceList snapshot={snapshot} appInfo={appInfo} compact />
        <TimelineStrip appInfo={appInfo} playbook={playbook} />
      </div>
    </div>
  );
}
