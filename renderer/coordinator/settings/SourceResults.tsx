import type {
  SourceAddResult,
  SourceTestResult,
} from '../../../shared/settings/settings-contract.ts';
import { sourceErrorText } from '../../../shared/text/source-error-text.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** "Connected in 120 ms: 12 found", or the source's error in the reader's language. */
export function TestResult({
  answer,
  error,
}: {
  readonly answer: SourceTestResult | null;
  readonly error: string | null;
}) {
  const { t, language } = useI18n();
  if (error)
    return (
      <p
        className="form-error"
        role="alert"
        data-testid={testIds.settingsTestResult}
        data-status="error"
      >
        {t('settings.test.failed', { ms: 0, error })}
      </p>
    );
  if (!answer || answer.status === 'invalid') return null;
  if (answer.status === 'ok')
    return (
      <p
        className="settings-ok"
        role="status"
        data-testid={testIds.settingsTestResult}
        data-status="ok"
      >
        {t('settings.test.ok', { ms: answer.latencyMs, items: answer.items })}
      </p>
    );
  return (
    <div
      className="form-error"
      role="alert"
      data-testid={testIds.settingsTestResult}
      data-status="failed"
    >
      <p>
        {t('settings.test.failed', {
          ms: answer.latencyMs,
          error: sourceErrorText[answer.category][language],
        })}
      </p>
      {answer.detail && (
        <p className="settings-detail">{t('settings.test.detail', { detail: answer.detail })}</p>
      )}
    </div>
  );
}

/** What saving the source came to: where it was written, or why nothing was. */
export function AddResult({
  answer,
  error,
}: {
  readonly answer: SourceAddResult | null;
  readonly error: string | null;
}) {
  const { t } = useI18n();
  if (error)
    return (
      <p
        className="form-error"
        role="alert"
        data-testid={testIds.settingsAddResult}
        data-status="error"
      >
        {t('settings.saveFailed', { message: error })}
      </p>
    );
  if (!answer || answer.status === 'invalid') return null;
  const text =
    answer.status === 'saved'
      ? t('settings.add.saved', { id: answer.id, file: answer.configFile })
      : answer.status === 'no-config-file'
        ? t('settings.add.noConfigFile')
        : t('settings.add.keychainRefused', { reason: t(`settings.keychain.${answer.reason}`) });
  return (
    <p
      className={answer.status === 'saved' ? 'settings-ok' : 'form-error'}
      role={answer.status === 'saved' ? 'status' : 'alert'}
      data-testid={testIds.settingsAddResult}
      data-status={answer.status}
    >
      {text}
    </p>
  );
}
