import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { actionLimits } from '../../../shared/timeline/action-limits.ts';
import { useSetOperator } from '../../api/actions.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface OperatorPromptProps {
  /** The name this seat has now; null the first time, when the prompt cannot be dismissed. */
  readonly current: string | null;
  readonly onDone: () => void;
}

/** Asks the seat's name once; the header's operator button brings it back to change it. */
export function OperatorPrompt({ current, onDone }: OperatorPromptProps) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(current ?? '');
  const [missing, setMissing] = useState(false);
  const save = useSetOperator();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setMissing(true);
    save.mutate(name.trim(), { onSuccess: onDone });
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current !== null) onDone();
  };
  const error = missing ? t('operator.required') : save.error && errorMessage(save.error);
  return (
    <div className="modal-backdrop">
      <form
        className="modal operator-prompt"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-explain`}
        data-testid={testIds.operatorPrompt}
        onSubmit={submit}
        onKeyDown={escape}
        noValidate
      >
        <h2 id={`${id}-title`} className="modal-title">
          {t('operator.title')}
        </h2>
        <p id={`${id}-explain`}>{t('operator.explain')}</p>
        <label className="field">
          <span className="field-label">{t('operator.name')}</span>
          <input
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setMissing(false);
            }}
            maxLength={actionLimits.nameMax}
            autoComplete="name"
            autoFocus
            aria-invalid={missing}
            data-testid={testIds.operatorNameInput}
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid={testIds.actionError}>
            {error}
          </p>
        )}
        <div className="form-buttons">
          <button
            type="submit"
            className="primary-button"
            disabled={save.isPending}
            data-testid={testIds.operatorSave}
          >
            {save.isPending ? t('action.saving') : t('operator.save')}
          </button>
          {current !== null && (
            <button type="button" className="quiet-button" onClick={onDone}>
              {t('action.cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
