import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { useSaveContact } from './contacts-api.ts';
import {
  contactOf,
  emptyValues,
  valuesOf,
  type ContactField,
  type ContactFormValues,
  type FieldErrors,
} from './contact-form-state.ts';
import { ContactInput, RoleSelect } from './ContactInputs.tsx';

export interface ContactFormProps {
  readonly playbook: Playbook;
  /** The contact being edited and its id; null adds a new one. */
  readonly editing: { readonly id: string; readonly contact: Contact } | null;
  readonly onDone: () => void;
}

/**
 * Adds or edits one contact. Checked here as main checks it (the same schema), each wrong
 * field said beside it; what main refuses is said too, and what was typed stays.
 */
export function ContactForm({ playbook, editing, onDone }: ContactFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState<ContactFormValues>(() =>
    editing ? valuesOf(editing.contact, playbook) : emptyValues(),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveContact();
  const change = (field: ContactField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const checked = contactOf(values, playbook);
    if (checked.errors !== null) return setErrors(checked.errors);
    save.mutate({ id: editing?.id ?? null, contact: checked.contact }, { onSuccess: onDone });
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || save.isPending) return;
    event.stopPropagation();
    onDone();
  };
  const field = (name: Exclude<ContactField, 'roleId'>, label: string, type = 'text') => (
    <ContactInput
      field={name}
      label={label}
      type={type}
      value={values[name]}
      invalid={errors[name] === true}
      onChange={change(name)}
      {...(name === 'organisation' ? { suggestions: `${id}-organisations` } : {})}
    />
  );
  const title = t(editing ? 'contactForm.titleEdit' : 'contactForm.titleAdd');
  return (
    <form
      className="contact-form"
      aria-label={title}
      aria-busy={save.isPending}
      onSubmit={submit}
      onKeyDown={escape}
      noValidate
      data-testid={testIds.contactForm}
    >
      <h3 className="contact-form-title">{title}</h3>
      <div className="contact-form-fields">
        <RoleSelect
          playbook={playbook}
          value={values.roleId}
          invalid={errors.roleId === true}
          onChange={change('roleId')}
        />
        {field('name', t('contactsPage.name'))}
        {field('phone', t('contactsPage.phone'), 'tel')}
        {field('email', t('contactsPage.email'), 'email')}
        {field('organisation', t('contactForm.organisationOptional'))}
      </div>
      <datalist id={`${id}-organisations`}>
        {playbook.organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.name} />
        ))}
      </datalist>
      <p className="field-hint">{t('contactForm.organisationHint')}</p>
      {save.error && (
        <p className="form-error" role="alert" data-testid={testIds.contactsError}>
          {t('contactsPage.failed', { message: errorMessage(save.error) })}
        </p>
      )}
      <div className="form-buttons">
        <button
          type="submit"
          className="primary-button"
          disabled={save.isPending}
          data-testid={testIds.actionSubmit}
        >
          {save.isPending ? t('action.saving') : t('contactForm.save')}
        </button>
        <button
          type="button"
          className="quiet-button"
          onClick={onDone}
          disabled={save.isPending}
          data-testid={testIds.actionCancel}
        >
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
