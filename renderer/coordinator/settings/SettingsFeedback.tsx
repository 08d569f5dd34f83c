import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** "Saved" or why not, after one of the page's saves; nothing before the first. */
export function SettingsFeedback({
  status,
  error,
}: {
  readonly status: 'idle' | 'pending' | 'success' | 'error';
  readonly error: unknown;
}) {
  const { t } = useI18n();
  if (status === 'success')
    return (
      <p className="saved-note" role="status" data-testid={testIds.settingsFeedback}>
        {t('settings.saved')}
      </p>
    );
  if (status === 'error')
    return (
      <p className="form-error" role="alert" data-testid={testIds.settingsFeedback}>
        {t('settings.saveFailed', { message: errorMessage(error) })}
      </p>
    );
  return null;
}
