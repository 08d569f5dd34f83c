import { useState } from 'react';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { InformedButton, InformedSaved } from './InformedButton.tsx';
import { LinePerson } from './LinePerson.tsx';

export interface LineCardProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
}

/**
 * Who to call for a domain: its communication line, then the people per role with a number
 * to dial or copy and an address to mail, and "informed" logged in one click per role.
 * "No contact set" is said once for the domain, never once per role.
 */
export function LineCard({ domain, playbook, contacts }: LineCardProps) {
  const { t, language } = useI18n();
  const [saved, setSaved] = useState<TimelineEvent | null>(null);
  const definition = playbook.domains.find((candidate) => candidate.id === domain.id);
  if (!definition) return null;
  const line = definition.line[language];
  const roles = domain.roles.map((roleId) => ({
    roleId,
    title: playbook.roles.find((role) => role.id === roleId)?.title[language] ?? roleId,
    people: contacts.filter((contact) => contact.roleId === roleId),
  }));
  const missing = roles.filter((role) => role.people.length === 0);
  const title = definition.title[language];
  return (
    <section
      className="line-card"
      aria-label={t('lineCard.label', { domain: title })}
      data-testid={testIds.lineCard(domain.id)}
    >
      <h3 className="line-card-title">{title}</h3>
      <p className="line-card-line">
        <span className="field-label">{t('domain.line')}:</span> {line}
      </p>
      {missing.length > 0 && (
        <p className="no-contact" data-testid={testIds.noContact}>
          {missing.length === roles.length
            ? t('domain.noContact')
            : t('lineCard.noContactFor', { roles: missing.map((role) => role.title).join(', ') })}
        </p>
      )}
      <ul className="line-roles">
        {roles.map((role) => (
          <li key={role.roleId} className="line-role">
            <div className="line-role-head">
              <span className="line-role-title">{role.title}</span>
              <InformedButton
                domain={domain.id}
                roleId={role.roleId}
                roleTitle={role.title}
                line={line}
                onSaved={setSaved}
              />
            </div>
            {role.people.length > 0 && (
              <ul className="line-people">
                {role.people.map((person, index) => (
                  <LinePerson key={`${index}-${person.name}`} person={person} playbook={playbook} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <InformedSaved event={saved} playbook={playbook} />
    </section>
  );
}
