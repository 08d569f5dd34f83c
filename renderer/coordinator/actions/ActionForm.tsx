import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';

export interface ActionFormProps {
  /** The form's accessible name: what it records. */
  readonly label: string;
  readonly submitLabel: string;
  readonly saving: boolean;
  /** What the user still has to fill in, said before anything is sent. */
  readonly invalid: MessageKey | null;
  /** Why main did not record it; what was typed stays in the form. */
  readonly failure: Error | null;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string;
}

/** The frame of every action: its fields, the error in line, submit and cancel (or Escape). */
export function ActionForm(props: ActionFormProps) {
  const { t } = useI18n();
  const { saving, invalid, failure, onCancel } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) props.onSubmit();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !saving) {
      event.stopPropagation();
      onCancel();
    }
  };
  const error = invalid
    ? t(invalid)
    : failure && t('action.failed', { message: errorMessage(failure) });
  return (
    <form
      className={`action-form ${props.className ?? ''}`}
      aria-label={props.label}
      aria-busy={saving}
      onSubmit={submit}
      onKeyDown={escape}
      noValidate
      data-testid={props.testId}
    >
      {props.children}
      {error && (
        <p className="form-error" role="alert" data-testid={testIds.actionError}>
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button
          type="submit"
          className="primary-button"
          disabled={saving}
          data-testid={testIds.actionSubmit}
        >
          {saving ? t('action.saving') : props.submitLabel}
        </button>
        <button
          type="button"
          className="quiet-button"
          onClick={onCancel}
          disabled={saving}
          data-testid={testIds.actionCancel}
        >
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
