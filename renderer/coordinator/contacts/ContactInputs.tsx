import { useId } from 'react';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { fieldMax, type ContactField } from './contact-form-state.ts';

/** What is wrong with a field, said under it and tied to it for screen readers. */
function FieldError({ id, field }: { id: string; field: ContactField }) {
  const { t } = useI18n();
  return (
    <span id={id} className="field-error" role="alert">
      {t(`contactForm.invalid.${field}`, { max: fieldMax[field] ?? 0 })}
    </span>
  );
}

export interface ContactInputProps {
  readonly field: Exclude<ContactField, 'roleId'>;
  readonly label: string;
  readonly type: string;
  readonly value: string;
  readonly invalid: boolean;
  readonly onChange: (value: string) => void;
  /** A datalist's id: choices offered, any text allowed. */
  readonly suggestions?: string;
}

/**
 * One text field. No maxLength: a pasted text that is too long is said to be, never cut
 * short without a word.
 */
export function ContactInput(props: ContactInputProps) {
  const errorId = useId();
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type={props.type}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.invalid}
        aria-describedby={props.invalid ? errorId : undefined}
        list={props.suggestions}
        autoComplete="off"
        spellCheck={props.field === 'name' || props.field === 'organisation'}
        data-testid={testIds.contactField(props.field)}
      />
      {props.invalid && <FieldError id={errorId} field={props.field} />}
    </label>
  );
}

export interface RoleSelectProps {
  readonly playbook: Playbook;
  readonly value: string;
  readonly invalid: boolean;
  readonly onChange: (roleId: string) => void;
}

/** The playbook's roles, by their title in the UI's language. */
export function RoleSelect({ playbook, value, invalid, onChange }: RoleSelectProps) {
  const { t, language } = useI18n();
  const errorId = useId();
  return (
    <label className="field">
      <span className="field-label">{t('contactsPage.role')}</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        autoFocus
        data-testid={testIds.contactField('roleId')}
      >
        <option value="">{t('contactForm.chooseRole')}</option>
        {playbook.roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.title[language]}
          </option>
        ))}
      </select>
      {invalid && <FieldError id={errorId} field="roleId" />}
    </label>
  );
}
