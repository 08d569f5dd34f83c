import type { Contact } from '../../../shared/contacts/contacts.ts';
import { mailtoHref, telHref } from '../../../shared/contacts/contact-links.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ExternalLink } from '../links/ExternalLink.tsx';

export interface DeskRolesProps {
  readonly roles: readonly string[];
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
}

/**
 * Who acts on a domain: each role, and the people behind it with a number to call (never
 * broken across lines) and an address to mail. A role nobody is set for is named once, in
 * one line for the domain, not "no contact set" under every role. Without any contacts at
 * all the desk's side panel says so once for every domain.
 */
export function DeskRoles({ roles, playbook, contacts }: DeskRolesProps) {
  const { t, language } = useI18n();
  const title = (roleId: string) =>
    playbook.roles.find((role) => role.id === roleId)?.title[language] ?? roleId;
  const peopleOf = (roleId: string) => contacts.filter((contact) => contact.roleId === roleId);
  const missing =
    contacts.length === 0 ? [] : roles.filter((roleId) => peopleOf(roleId).length === 0);
  return (
    <div className="desk-roles">
      <ul className="tile-roles" data-testid={testIds.domainRoles} aria-label={t('domain.roles')}>
        {roles.map((roleId) => (
          <li key={roleId}>
            <span className="role-title">{title(roleId)}</span>
            {peopleOf(roleId).map((person, index) => (
              <Person key={`${index}-${person.name}`} person={person} />
            ))}
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <p className="role-contact is-missing" data-testid={testIds.deskNoContact}>
          {missing.length === roles.length
            ? t('domain.noContact')
            : t('desk.noContactFor', { roles: missing.map(title).join(', ') })}
        </p>
      )}
    </div>
  );
}

function Person({ person }: { person: Contact }) {
  const { t } = useI18n();
  const tel = telHref(person.phone);
  const mailto = mailtoHref(person.email);
  return (
    <span className="role-contact">
      {' — '}
      {person.name}
      {person.phone && ' '}
      {person.phone && (
        <ExternalLink
          className="role-phone"
          href={tel}
          label={t('desk.call', { name: person.name, phone: person.phone })}
          testId={testIds.deskPhone}
        >
          {person.phone}
        </ExternalLink>
      )}
      {person.email && ' '}
      {person.email && (
        <ExternalLink
          className="role-email"
          href={mailto}
          label={t('desk.mail', { name: person.name, email: person.email })}
          testId={testIds.deskEmail}
        >
          {person.email}
        </ExternalLink>
      )}
    </span>
  );
}
