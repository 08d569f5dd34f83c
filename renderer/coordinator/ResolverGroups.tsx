import type { Playbook } from '../../shared/playbook/playbook.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/** §1.3 of the playbook: which TOPdesk resolver group takes which subject. */
export function ResolverGroups({ playbook }: { playbook: Playbook }) {
  const { t, language } = useI18n();
  return (
    <section
      className="resolvers"
      data-testid={testIds.resolverGroups}
      aria-labelledby="resolvers-title"
    >
      <h2 id="resolvers-title" className="panel-title">
        {t('resolvers.title')}
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('resolvers.subject')}</th>
            <th scope="col">{t('resolvers.group')}</th>
          </tr>
        </thead>
        <tbody>
          {playbook.resolverGroups.map((group) => (
            <tr key={group.id}>
              <td>{group.subject[language]}</td>
              <td>
                {group.name}
                {group.reach && <span className="resolver-reach"> · {group.reach}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
