import type { Contact } from '../../shared/contacts/contacts.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/** The wall names the most directly involved roles; the coordinator's desk names them all. */
const MAX_ROLES_ON_WALL = 2;

export interface TileRolesProps {
  readonly roles: readonly string[];
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
  readonly detailed: boolean;
}

/** Who acts on the domain; on the coordinator's tile, with the people behind each role. */
export function TileRoles({ roles, playbook, contacts, detailed }: TileRolesProps) {
  const { t } = useI18n();
  const shown = detailed ? roles : roles.slice(0, MAX_ROLES_ON_WALL);
  const hidden = roles.length - shown.length;
  return (
    <ul className="tile-roles" data-testid={testIds.domainRoles} aria-label={t('domain.roles')}>
      {shown.map((roleId) => (
        <RoleItem
          key={roleId}
          roleId={roleId}
          playbook={playbook}
          contacts={contacts}
          detailed={detailed}
        />
      ))}
      {hidden > 0 && <li className="role-more">{t('domain.moreRoles', { n: hidden })}</li>}
    </ul>
  );
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
