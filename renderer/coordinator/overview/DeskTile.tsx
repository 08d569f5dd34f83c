import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { statusIcon, statusLabel } from '../../status/presentation.ts';
import { testIds } from '../../testids.ts';
import type { AcknowledgeAsk } from '../actions/MarkActions.tsx';
import { DeskMarks } from './DeskMarks.tsx';
import { DeskRoles } from './DeskRoles.tsx';

export interface DeskTileProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
  /** The war room's time zone, for every time in the marks. */
  readonly timeZone: string;
  /** The moment the snapshot is true for: the marks' durations count to it. */
  readonly now: Date;
  /** The domain the shortcuts act on. */
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly onOpen: () => void;
  readonly acknowledgeAsk?: AcknowledgeAsk | null;
  /** The buttons for the whole domain, at the tile's foot. */
  readonly domainActions?: ReactNode;
}

/** Where a click means "that button", "that link", "this field", not "open the domain". */
const INTERACTIVE = 'a, button, input, textarea, select, label, form, [role="group"]';

/**
 * One domain on the desk's overview: status (word, shape, colour), every mark with its
 * criterion and actions, the trigger when quiet, the line, and who acts. The tile takes the
 * focus (Tab) and opens the domain's detail with Enter, its Details button, or a click on
 * it anywhere that is not itself a control.
 */
export function DeskTile({
  domain,
  playbook,
  contacts,
  timeZone,
  now,
  selected,
  onSelect,
  onOpen,
  acknowledgeAsk,
  domainActions,
}: DeskTileProps) {
  const { t, language } = useI18n();
  const definition = playbook.domains.find((candidate) => candidate.id === domain.id);
  if (!definition) return null;
  const title = definition.title[language];
  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      onOpen();
    }
  };
  const click = (event: MouseEvent<HTMLElement>) => {
    const target = event.target as Element;
    if (target.closest(INTERACTIVE) || !window.getSelection()?.isCollapsed) return;
    onOpen();
  };
  return (
    <article
      className={`tile desk-tile status-${domain.status}${selected ? ' is-selected' : ''}`}
      data-testid={testIds.domainTile(domain.id)}
      data-status={domain.status}
      aria-label={title}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      onFocus={onSelect}
      onKeyDown={keyDown}
      onClick={click}
    >
      <div className="desk-tile-head">
        <div className="tile-status" data-testid={testIds.domainStatus}>
          <span className="tile-icon" aria-hidden="true">
            {statusIcon[domain.status]}
          </span>
          {t(statusLabel[domain.status])}
        </div>
        <button
          type="button"
          className="tile-button desk-open"
          onClick={onOpen}
          aria-label={t('desk.openDomain', { domain: title })}
          data-testid={testIds.deskOpenDomain(domain.id)}
        >
          {t('desk.details')}
        </button>
      </div>
      <h2 className="tile-title">{title}</h2>
      <DeskMarks
        domain={domain}
        playbook={playbook}
        timeZone={timeZone}
        now={now}
        acknowledgeAsk={acknowledgeAsk ?? null}
      />
      {/* With marks, each says which criterion it meets; the trigger would only repeat it. */}
      {domain.marks.length === 0 && (
        <p className="tile-trigger">
          <span className="tile-label">{t('domain.trigger')}: </span>
          {definition.trigger[language]}
        </p>
      )}
      <p className="tile-line" data-testid={testIds.domainLine}>
        <span className="tile-label">{t('domain.line')}: </span>
        {definition.line[language]}
      </p>
      <DeskRoles roles={definition.roles} playbook={playbook} contacts={contacts} />
      {domainActions}
    </article>
  );
}
