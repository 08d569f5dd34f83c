import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/**
 * Which configuration this app runs on, and another one chosen with the app's own dialog
 * (main checks it with the real loader and restarts on it; docs/desktop.md). A broken file is
 * refused with the loader's words and the app keeps running on what it had.
 */
export function ConfigFileSection({ appInfo }: { readonly appInfo: AppInfo }) {
  const { t } = useI18n();
  const id = useId();
  const api = useApi();
  const open = useMutation({ mutationFn: () => api.openConfig() });
  const answer = open.data;
  return (
    <section
      className="settings-section"
      aria-labelledby={`${id}-title`}
      data-testid={testIds.settingsConfigFile}
    >
      <h3 id={`${id}-title`}>{t('settings.configFile.title')}</h3>
      <p>
        {appInfo.configFile
          ? t('settings.configFile.current', { file: appInfo.configFile })
          : t('settings.configFile.demo')}
      </p>
      <button
        type="button"
        className="quiet-button"
        disabled={open.isPending}
        onClick={() => open.mutate()}
        data-testid={testIds.settingsConfigOpen}
      >
        {t('settings.configFile.open')}
      </button>
      <p role="status" data-testid={testIds.settingsConfigResult}>
        {answer?.status === 'opened' && t('settings.configFile.opened', { file: answer.file })}
        {answer?.status === 'invalid' &&
          t('settings.configFile.invalid', { file: answer.file, message: answer.message })}
        {answer?.status === 'unavailable' && t('settings.configFile.unavailable')}
        {open.error && errorMessage(open.error)}
      </p>
    </section>
  );
}
