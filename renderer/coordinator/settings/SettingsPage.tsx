import { useId } from 'react';
import type { ViewData } from '../../common/view-data.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { errorMessage } from '../../api/error-message.ts';
import { AddSourceForm } from './AddSourceForm.tsx';
import { ConfigFileSection } from './ConfigFileSection.tsx';
import { KeychainNotice } from './KeychainNotice.tsx';
import { OfficeHoursSection } from './OfficeHoursSection.tsx';
import { SeatSection } from './SeatSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import { useSettings } from './use-settings.ts';
import { WarRoomSection } from './WarRoomSection.tsx';

export interface SettingsPageProps extends ViewData {
  /**
   * Switches the UI's language, as the desk's language button does; without it the page only
   * saves this seat's choice (settings.json).
   */
  readonly onToggleLanguage?: () => void;
}

/**
 * The coordinator's settings (docs/settings.md): this seat (operator, language, sound, the
 * wall's screen), the service desk's office hours, the keychain, and the sources — added with
 * a form that checks exactly as the config file is checked. Secrets typed here go to main once
 * and are only ever shown as "set" or "not set".
 */
export function SettingsPage({ appInfo, onToggleLanguage }: SettingsPageProps) {
  const { t } = useI18n();
  const titleId = useId();
  const settings = useSettings();
  if (settings.error) {
    return (
      <section className="settings-page" data-testid={testIds.settingsPage} data-state="error">
        <p className="form-error" role="alert">
          {t('settings.loadFailed', { message: errorMessage(settings.error) })}
        </p>
      </section>
    );
  }
  if (!settings.data) {
    return (
      <section className="settings-page" data-testid={testIds.settingsPage} data-state="loading">
        <p>{t('settings.loading')}</p>
      </section>
    );
  }
  const view = settings.data;
  return (
    <section
      className="settings-page"
      data-testid={testIds.settingsPage}
      data-state="ready"
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="settings-title">
        {t('settings.title')}
      </h2>
      {view.seatProblem && (
        <p className="form-error" role="alert" data-testid={testIds.settingsProblem}>
          {t('settings.seatProblem', { problem: view.seatProblem })}
        </p>
      )}
      <div className="settings-columns">
        <div className="settings-column">
          <SeatSection view={view} {...(onToggleLanguage ? { onToggleLanguage } : {})} />
          <OfficeHoursSection view={view} />
          <KeychainNotice state={view.keychain} />
        </div>
        <div className="settings-column">
          <ConfigFileSection appInfo={appInfo} />
          <WarRoomSection keychain={view.keychain} />
          <SourcesSection view={view} />
          <AddSourceForm view={view} />
        </div>
      </div>
    </section>
  );
}
