import { intakeChannel } from '../../shared/playbook/intake-channel.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { useAppInfo } from '../api/hooks.ts';
import { useNow } from '../app/use-now.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/** How often the intake channel is re-read: it changes at the office hours' edges only. */
const INTAKE_REFRESH_MS = 15_000;

/** §1.3 of the playbook: which TOPdesk resolver group takes which subject, and its organisation. */
export function ResolverGroups({ playbook }: { playbook: Playbook }) {
  const { t, language } = useI18n();
  const organisationName = (id: string) =>
    playbook.organisations.find((organisation) => organisation.id === id)?.name ?? id;
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
                {group.organisations.length > 0 && (
                  <span className="resolver-reach">
                    {' '}
                    ({group.organisations.map(organisationName).join(', ')})
                  </span>
                )}
                {group.id === playbook.intake.resolverGroup && <IntakeNow playbook={playbook} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every incident is reported here: by e-mail in office hours, by phone outside them. */
function IntakeNow({ playbook }: { playbook: Playbook }) {
  const { t, language } = useI18n();
  const now = useNow(INTAKE_REFRESH_MS);
  const timeZone = useAppInfo().data?.timezone;
  // Without the war room's clock the channel could be an hour off: better none than wrong.
  if (!timeZone) return null;
  const intake = intakeChannel(now, playbook.intake.officeHours, timeZone);
  const until = intake.changesAt
    ? ` ${t('resolvers.intake.until', { time: formatDateTime(intake.changesAt.toISOString(), language, timeZone) })}`
    : '';
  return (
    <div className="resolver-intake" data-channel={intake.channel}>
      {t(intake.channel === 'email' ? 'resolvers.intake.email' : 'resolvers.intake.phone')}
      {until}
    </div>
  );
}
