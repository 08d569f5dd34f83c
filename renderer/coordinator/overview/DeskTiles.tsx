import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { ViewData } from '../../common/view-data.ts';
import type { AcknowledgeAsk } from '../actions/MarkActions.tsx';
import { DomainActions } from '../actions/DomainActions.tsx';
import { DeskTile } from './DeskTile.tsx';

export interface DeskTilesProps extends ViewData {
  readonly selected: DomainId | null;
  readonly onSelect: (domain: DomainId) => void;
  readonly onOpen: (domain: DomainId) => void;
  readonly acknowledgeAsk: AcknowledgeAsk | null;
}

/**
 * The desk's overview: every domain of the snapshot as a tile, in playbook order. Tiles fill
 * the rows (the last row's stretch), and the overview scrolls on its own when they are taller
 * than the screen, its side panel staying where it is.
 */
export function DeskTiles({
  appInfo,
  playbook,
  snapshot,
  contacts,
  selected,
  onSelect,
  onOpen,
  acknowledgeAsk,
}: DeskTilesProps) {
  const now = new Date(snapshot.generatedAt);
  return (
    <div className="coordinator-grid">
      {snapshot.domains.map((domain) => (
        <DeskTile
          key={domain.id}
          domain={domain}
          playbook={playbook}
          contacts={contacts}
          timeZone={appInfo.timezone}
          now={now}
          selected={selected === domain.id}
          onSelect={() => onSelect(domain.id)}
          onOpen={() => onOpen(domain.id)}
          acknowledgeAsk={acknowledgeAsk}
          domainActions={<DomainActions domain={domain} playbook={playbook} />}
        />
      ))}
    </div>
  );
}
