import type { Contact } from '../../shared/contacts/contacts.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { DomainSnapshot, Mark } from '../../shared/snapshot/snapshot-schema.ts';
import { criterionById } from '../../shared/playbook/criteria.ts';
import { describeMark } from '../../shared/text/marks.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { statusIcon, statusLabel } from '../status/presentation.ts';
import { testIds } from '../testids.ts';

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
}

const MAX_MARKS_SHOWN = 3;
/** The wall names the most directly involved roles; the coordinator's desk names them all. */
const MAX_ROLES_ON_WALL = 2;

function shownRoles(roles: readonly string[], detailed: boolean): readonly string[] {
  return detailed ? roles : roles.slice(0, MAX_ROLES_ON_WALL);
}

function hiddenRoles(roles: readonly string[], detailed: boolean): number {
  return roles.length - shownRoles(roles, detailed).length;
}

/** One domain of §1.4: its status (word, shape and colour), why, and who acts on which line. */
export function DomainTile({
  domain,
  playbook,
  contacts,
  detailed,
  timeZone,
  now,
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
      <TileReason
        domain={domain}
        playbook={playbook}
        timeZone={timeZone}
        now={now}
        detailed={detailed}
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
      <ul className="tile-roles" data-testid={testIds.domainRoles} aria-label={t('domain.roles')}>
        {shownRoles(definition.roles, detailed).map((roleId) => (
          <RoleItem
            key={roleId}
            roleId={roleId}
            playbook={playbook}
            contacts={contacts}
            detailed={detailed}
          />
        ))}
        {hiddenRoles(definition.roles, detailed) > 0 && (
          <li className="role-more">
            {t('domain.moreRoles', { n: hiddenRoles(definition.roles, detailed) })}
          </li>
        )}
      </ul>
    </article>
  );
}

function TileReason({
  domain,
  playbook,
  timeZone,
  now,
  detailed,
}: {
  domain: DomainSnapshot;
  playbook: Playbook;
  timeZone: string;
  now: Date;
  detailed: boolean;
}) {
  const { t, language } = useI18n();
  if (domain.marks.length > 0) {
    const hidden = domain.marks.length - MAX_MARKS_SHOWN;
    const context = { language, timeZone, now, playbook };
    return (
      <ul className="tile-marks">
        {domain.marks.slice(0, MAX_MARKS_SHOWN).map((mark) => (
          <li
            key={markKey(mark)}
            className={`mark severity-${mark.severity}${mark.held ? ' is-held' : ''}`}
            data-testid={testIds.mark}
          >
            {describeMark(mark, context)}
            {detailed && <MarkCriterion mark={mark} />}
          </li>
        ))}
        {hidden > 0 && <li className="mark-more">{t('domain.moreMarks', { n: hidden })}</li>}
      </ul>
    );
  }
  const reason: MessageKey = domain.status === 'ok' ? 'domain.okReason' : 'domain.unknownReason';
  return <p className="tile-reason">{t(reason)}</p>;
}

/** The playbook criterion the mark implements, in the seed's words (or their translation). */
function MarkCriterion({ mark }: { mark: Mark }) {
  const { t, language } = useI18n();
  const criterion = criterionById(mark.criterion);
  if (!criterion) return null;
  return (
    <span className="mark-criterion">
      {t('mark.criterion')}: {criterion.words[language]}
    </span>
  );
}

function markKey(mark: Mark): string {
  return `${mark.rule} ${mark.since} ${mark.summary}`;
}

function RoleItem({
  roleId,
  playbook,
  contacts,
  detailed,
}: {
  roleId: string;
  playbook: Playbook;
  contacts: readonly Contact[];
  detailed: boolean;
}) {
  const { t, language } = useI18n();
  const title = playbook.roles.find((role) => role.id === roleId)?.title[language] ?? roleId;
  // Without any contacts loaded, the side panel says so once instead of on every role.
  if (!detailed || contacts.length === 0) return <li>{title}</li>;
  const people = contacts.filter((contact) => contact.roleId === roleId);
  return (
    <li>
      <span className="role-title">{title}</span>
      {people.length === 0 ? (
        <span className="role-contact is-missing"> — {t('domain.noContact')}</span>
      ) : (
        people.map((person) => (
          <span className="role-contact" key={`${person.name}-${person.phone}`}>
            {' — '}
            {person.name}
            {person.phone && <span className="role-phone"> {person.phone}</span>}
          </span>
        ))
      )}
    </li>
  );
}
