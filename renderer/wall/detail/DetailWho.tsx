import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useRef } from 'react';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import type { DomainDefinition } from '../../../shared/playbook/domains.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { TileRoles } from '../../common/TileRoles.tsx';
import { useFitCount } from '../../common/use-fit-count.ts';
import { testIds } from '../../testids.ts';
import { FitMore } from './FitMore.tsx';

export interface DetailWhoProps {
  readonly definition: Pick<DomainDefinition, 'line' | 'roles'>;
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
}

/** Who acts: the communication line, then every role with its people, as many as fit. */
export function DetailWho({ definition, playbook, contacts }: DetailWhoProps) {
  const { t, language } = useI18n();
  const { roles } = definition;
  const box = useRef<HTMLElement>(null);
  const contentKey = [language, ...roles, ...contacts.map(contactKey)].join('\n');
  const count = useFitCount(box, roles.length, contentKey);
  return (
    <section ref={box} className="detail-who">
      <p className="detail-line" data-testid={testIds.domainLine}>
        <span className="tile-label">{t('domain.line')}: </span>
        {definition.line[language]}
      </p>
      <h3 className="detail-heading">{t('domain.roles')}</h3>
      {count > 0 && (
        <TileRoles roles={roles.slice(0, count)} playbook={playbook} contacts={contacts} detailed />
      )}
      <FitMore hidden={roles.length - count} />
    </section>
  );
}

function contactKey(contact: Contact): string {
  return `${contact.roleId} ${contact.name} ${contact.phone}`;
}
