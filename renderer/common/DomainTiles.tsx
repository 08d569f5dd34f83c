import type { ViewData } from './view-data.ts';
import { DomainTile } from './DomainTile.tsx';

/** Every domain of the snapshot as a tile, in playbook order. */
export function DomainTiles({
  appInfo,
  playbook,
  snapshot,
  contacts,
  detailed,
}: ViewData & { detailed: boolean }) {
  return snapshot.domains.map((domain) => (
    <DomainTile
      key={domain.id}
      domain={domain}
      playbook={playbook}
      contacts={contacts}
      detailed={detailed}
      timeZone={appInfo.timezone}
      now={new Date(snapshot.generatedAt)}
    />
  ));
}
