import { useState } from 'react';
import type { ContactEntry } from '../../../shared/contacts/contact-book.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { organisationName } from './contact-form-state.ts';
import { useRemoveContact } from './contacts-api.ts';

export interface ContactRowProps {
  readonly entry: ContactEntry;
  readonly playbook: Playbook;
  readonly onEdit: () => void;
}

/** One person on the contacts page: what is known of them, edit, and remove (asked twice). */
export function ContactRow({ entry, playbook, onEdit }: ContactRowProps) {
  const { t } = useI18n();
  const { contact } = entry;
  const organisation = organisationName(contact.organisation, playbook);
  return (
    <li
      className="contact-row"
      data-testid={testIds.contactRow(entry.id)}
      data-role={contact.roleId}
    >
      <span className="contact-name">{contact.name}</span>
      {organisation && <span className="contact-organisation">{organisation}</span>}
      {contact.phone && <span className="contact-phone">{contact.phone}</span>}
      {contact.email && <span className="contact-email">{contact.email}</span>}
      <span className="contact-buttons">
        <button
          type="button"
          className="quiet-button"
          onClick={onEdit}
          aria-label={t('contactsPage.editWho', { name: contact.name })}
          data-testid={testIds.contactEdit}
        >
          {t('contactsPage.edit')}
        </button>
        <RemoveButton id={entry.id} name={contact.name} />
      </span>
    </li>
  );
}

/** Removing takes a second, deliberate click: a number lost mid-incident is hard to find again. */
function RemoveButton({ id, name }: { id: string; name: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const remove = useRemoveContact();
  if (!asking)
    return (
      <button
        type="button"
        className="quiet-button"
        onClick={() => setAsking(true)}
        aria-label={t('contactsPage.removeWho', { name })}
        data-testid={testIds.contactRemove}
      >
        {t('contactsPage.remove')}
      </button>
    );
  return (
    <span
      className="contact-remove"
      role="group"
      aria-label={t('contactsPage.removeConfirm', { name })}
    >
      <span>{t('contactsPage.removeConfirm', { name })}</span>
      <button
        type="button"
        className="primary-button"
        autoFocus
        disabled={remove.isPending}
        onClick={() => remove.mutate(id)}
        data-testid={testIds.contactRemoveConfirm}
      >
        {t('contactsPage.removeYes')}
      </button>
      <button
        type="button"
        className="quiet-button"
        disabled={remove.isPending}
        onClick={() => setAsking(false)}
        data-testid={testIds.actionCancel}
      >
        {t('action.cancel')}
      </button>
      {remove.error && (
        <span className="form-error" role="alert" data-testid={testIds.contactsError}>
          {t('contactsPage.failed', { message: errorMessage(remove.error) })}
        </span>
      )}
    </span>
  );
}
