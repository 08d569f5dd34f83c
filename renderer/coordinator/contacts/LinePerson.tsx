import type { Contact } from '../../../shared/contacts/contacts.ts';
import { phoneNumberTextSchema } from '../../../shared/contacts/contact-book.ts';
import { mailtoHref, telHref } from '../../../shared/contacts/contact-links.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ExternalLink } from '../links/ExternalLink.tsx';
import { organisationName } from './contact-form-state.ts';
import { useCopyNumber } from './contacts-api.ts';

/**
 * One person on a line card. The links go through main (ExternalLink), which decides which
 * schemes may be opened (tel: and mailto:), not this page. A number never breaks across lines (CSS); one
 * no phone dials, or an address that is not plain, is shown as text without a link.
 */
export function LinePerson({ person, playbook }: { person: Contact; playbook: Playbook }) {
  const { t } = useI18n();
  const organisation = organisationName(person.organisation, playbook);
  const tel = telHref(person.phone);
  const mailto = mailtoHref(person.email);
  return (
    <li className="line-person" data-testid={testIds.linePerson}>
      <span className="line-person-name">{person.name}</span>
      {organisation && <span className="line-person-organisation">{organisation}</span>}
      {person.phone && (
        <span className="line-person-phone">
          <ExternalLink
            className="phone-link"
            href={tel}
            label={t('lineCard.call', { name: person.name, phone: person.phone })}
            testId={testIds.phoneLink}
          >
            {person.phone}
          </ExternalLink>
          {copyable(person.phone) && <CopyNumber name={person.name} phone={person.phone} />}
        </span>
      )}
      {person.email && (
        <ExternalLink
          className="email-link"
          href={mailto}
          label={t('lineCard.mail', { name: person.name, email: person.email })}
          testId={testIds.emailLink}
        >
          {person.email}
        </ExternalLink>
      )}
    </li>
  );
}

/** What main puts on the clipboard: a number of a number's length (a config file's may be longer). */
const copyable = (phone: string) => phoneNumberTextSchema.safeParse(phone).success;

/** Copies the number as written, through main; says that it did, or why not. */
function CopyNumber({ name, phone }: { name: string; phone: string }) {
  const { t } = useI18n();
  const copy = useCopyNumber();
  return (
    <>
      <button
        type="button"
        className="quiet-button copy-button"
        disabled={copy.isPending}
        aria-label={t('lineCard.copyWho', { name })}
        onClick={() => copy.mutate(phone)}
        data-testid={testIds.copyNumber}
      >
        {t('lineCard.copy')}
      </button>
      <span className="copy-feedback" role="status" data-testid={testIds.copyFeedback}>
        {copy.isSuccess && t('lineCard.copied', { name })}
        {copy.error && t('lineCard.copyFailed', { message: errorMessage(copy.error) })}
      </span>
    </>
  );
}
