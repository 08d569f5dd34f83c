import type { ReactNode } from 'react';
import type { DomainSnapshot, Mark } from '../../shared/snapshot/snapshot-schema.ts';
import { DomainTile } from './DomainTile.tsx';
import type { ViewData } from './view-data.ts';

export interface DomainTilesProps extends ViewData {
  readonly detailed: boolean;
  /** The coordinator's buttons; the wall passes none. */
  readonly markActions?: (mark: Mark, domain: DomainSnapshot) => ReactNode;
  readonly domainActions?: (domain: DomainSnapshot) => ReactNode;
}

/** Every domain of the snapshot as a tile, in playbook order. */
export function DomainTiles({
  appInfo,
  playbook,
  snapshot,
  contacts,
  detailed,
  markActions,
  domainActions,
}: DomainTilesProps) {
  return snapshot.domains.map((domain) => (
    <DomainTile
      key={domain.id}
      domain={domain}
      playbook={playbook}
      contacts={contacts}
      detailed={detailed}
      timeZone={appInfo.timezone}
      now={new Date(snapshot.generatedAt)}
      markActions={markActions && ((mark) => markActions(mark, domain))}
      domainActions={domainActions?.(domain)}
    />
  ));
}
