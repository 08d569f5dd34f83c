import { useState, type FormEvent } from 'react';
import { actionLimits } from '../../../shared/timeline/action-limits.ts';
import { useSetOperator } from '../../api/actions.ts';
import { useOperator } from '../../api/hooks.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { SettingsFeedback } from './SettingsFeedback.tsx';

/** The seat's operator, as the header's button changes it (operator:set). */
export function OperatorField() {
  const { t } = useI18n();
  const operator = useOperator();
  const save = useSetOperator();
  const [typed, setTyped] = useState<string | null>(null);
  const name = typed ?? operator.data?.name ?? '';
  const missing = typed !== null && typed.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setTyped('');
    save.mutate(name.trim(), { onSuccess: () => setTyped(null) });
  };
  return (
    <form className="settings-inline-form" onSubmit={submit} noValidate>
      <label className="field">
        <span className="field-label">{t('settings.operator')}</span>
        <input
          value={name}
          onChange={(event) => setTyped(event.target.value)}
          maxLength={actionLimits.nameMax}
          autoComplete="name"
          aria-invalid={missing}
          data-testid={testIds.settingsOperatorInput}
        />
      </label>
      {missing && (
        <p className="form-error" role="alert">
          {t('operator.required')}
        </p>
      )}
      <div className="form-buttons">
        <button
          type="submit"
          className="quiet-button"
          disabled={save.isPending}
          data-testid={testIds.settingsOperatorSave}
        >
          {t('settings.operatorSave')}
        </button>
      </div>
      <SettingsFeedback status={save.status} error={save.error} />
    </form>
  );
}
