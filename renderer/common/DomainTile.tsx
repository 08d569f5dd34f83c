import type { ReactNode } from 'react';
import type { Contact } from '../../shared/contacts/contacts.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { DomainSnapshot, Mark } from '../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { statusIcon, statusLabel } from '../status/presentation.ts';
import { testIds } from '../testids.ts';
import { TileMarks } from './TileMarks.tsx';
import { TileRoles } from './TileRoles.tsx';

export interface DomainTileProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
  /** The coordinator's tiles also show the trigger and who to call for each role. */
  readonly detailed: boolean;
  /** The war room's time zone, for every time in the marks. */
  readonly timeZone: string;
  /** The moment the snapshot is true for: the marks' durations count to it. */
  readonly now: Date;
  /** The coordinator's buttons under each mark; the wall has none. */
  readonly markActions?: ((mark: Mark) => ReactNode) | undefined;
  /** The coordinator's buttons for the whole domain, at the tile's foot. */
  readonly domainActions?: ReactNode;
}

/** One domain of §1.4: its status (word, shape and colour), why, and who acts on which line. */
export function DomainTile({
  domain,
  playbook,
  contacts,
  detailed,
  timeZone,
  now,
  markActions,
  domainActions,
}: DomainTileProps) {
  const { t, language } = useI18n();
  const definition = playbook.domains.find((candidate) => candidate.id === domain.id);
  if (!definition) return null;
  return (
    <article
      className={`tile status-${domain.status}`}
      data-testid={testIds.domainTile(domain.id)}
      data-status={domain.status}
      aria-label={definition.title[language]}
    >
      <div className="tile-status" data-testid={testIds.domainStatus}>
        <span className="tile-icon" aria-hidden="true">
          {statusIcon[domain.status]}
        </span>
        {t(statusLabel[domain.status])}
      </div>
      <h2 className="tile-title">{definition.title[language]}</h2>
      <TileMarks
        domain={domain}
        playbook={playbook}
        timeZone={timeZone}
        now={now}
        detailed={detailed}
        markActions={markActions}
      />
      {/* With marks, each says which criterion it meets; the trigger would only repeat it. */}
      {detailed && domain.marks.length === 0 && (
        <p className="tile-trigger">
          <span className="tile-label">{t('domain.trigger')}: </span>
          {definition.trigger[language]}
        </p>
      )}
      <p className="tile-line" data-testid={testIds.domainLine}>
        <span className="tile-label">{t('domain.line')}: </span>
        {definition.line[language]}
      </p>
      <TileRoles
        roles={definition.roles}
        playbook={playbook}
        contacts={contacts}
        detailed={detailed}
      />
      {domainActions}
    </article>
  );
}
