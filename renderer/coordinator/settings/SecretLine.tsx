import { useState, type FormEvent } from 'react';
import { keychainRefusalText } from '../../../shared/settings/keychain-state.ts';
import type { SecretSetResult, SecretStatus } from '../../../shared/settings/settings-contract.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { useRefreshSettings, useSecretCall } from './use-settings.ts';

/**
 * One secret of a configured source: "set", "not set" or the environment variable it comes
 * from — never its value. A keychain secret can be replaced; the new value is sent once and
 * the field is emptied.
 */
export function SecretLine({
  source,
  secret,
  canStore,
}: {
  readonly source: string;
  readonly secret: SecretStatus;
  readonly canStore: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const key = t(`settings.field.${secret.key}`);
  const state = secret.kind === 'env' ? 'env' : secret.set ? 'set' : 'not-set';
  const text =
    secret.kind === 'env'
      ? t('settings.secret.env', { key, name: secret.name })
      : t(secret.set ? 'settings.secret.keychainSet' : 'settings.secret.keychainMissing', { key });
  return (
    <div className="settings-secret">
      <span data-testid={testIds.settingsSecretState} data-state={state} data-key={secret.key}>
        {text}
      </span>
      {secret.kind === 'keychain' && canStore && !open && (
        <button
          type="button"
          className="link-button"
          onClick={() => setOpen(true)}
          data-testid={testIds.settingsSecretReplace}
        >
          {t('settings.secret.replace')}
        </button>
      )}
      {open && (
        <ReplaceSecret source={source} secretKey={secret.key} onDone={() => setOpen(false)} />
      )}
    </div>
  );
}

function ReplaceSecret({
  source,
  secretKey,
  onDone,
}: {
  readonly source: string;
  readonly secretKey: SecretStatus['key'];
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const refresh = useRefreshSettings();
  const call = useSecretCall(api.setSecret);
  const [value, setValue] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value === '') return;
    const sent = value;
    // Out of the page's state before the answer: the value exists only in the call now.
    setValue('');
    const answer = await call.run({ source, key: secretKey, value: sent });
    if (answer?.state === 'set') {
      refresh();
      onDone();
    }
  };
  return (
    <form className="settings-inline-form" onSubmit={submit} noValidate>
      <label className="field">
        <span className="field-label">
          {t('settings.secret.replaceLabel', { key: t(`settings.field.${secretKey}`), source })}
        </span>
        <input
          type="password"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="new-password"
          spellCheck={false}
          maxLength={4_096}
          data-testid={testIds.settingsSecretInput}
        />
      </label>
      <div className="form-buttons">
        <button
          type="submit"
          className="primary-button"
          disabled={call.pending || value === ''}
          data-testid={testIds.settingsSecretSave}
        >
          {t('settings.secret.save')}
        </button>
        <button type="button" className="quiet-button" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
      <SecretAnswer answer={call.answer} error={call.error} />
    </form>
  );
}

function SecretAnswer({
  answer,
  error,
}: {
  readonly answer: SecretSetResult | null;
  readonly error: string | null;
}) {
  const { t } = useI18n();
  if (error)
    return (
      <p className="form-error" role="alert">
        {t('settings.saveFailed', { message: error })}
      </p>
    );
  if (!answer || answer.state === 'set') return null;
  const reason = answer.reason
    ? t(`settings.keychain.${answer.reason}`)
    : (answer.issue ?? keychainRefusalText.none);
  return (
    <p className="form-error" role="alert">
      {t('settings.secret.notSet', { reason })}
    </p>
  );
}
