import type { SettingsView } from '../../../shared/settings/settings-contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/**
 * The screen the wall opens on, from the displays main sees. Where main sees none (the
 * browser tests), it says so instead of offering an empty list.
 */
export function WallDisplayField({
  view,
  onChoose,
}: {
  readonly view: SettingsView;
  readonly onChoose: (displayId: number) => void;
}) {
  const { t } = useI18n();
  const displays = view.displays;
  if (!displays || displays.list.length === 0) {
    return (
      <div className="field">
        <span className="field-label">{t('settings.wallDisplay')}</span>
        <p className="settings-note" data-testid={testIds.settingsNoDisplays}>
          {t('settings.wallDisplay.none')}
        </p>
      </div>
    );
  }
  const chosen = displays.list.some((display) => display.id === displays.chosen)
    ? String(displays.chosen)
    : '';
  return (
    <label className="field">
      <span className="field-label">{t('settings.wallDisplay')}</span>
      <select
        value={chosen}
        onChange={(event) => onChoose(Number(event.target.value))}
        data-testid={testIds.settingsWallDisplay}
      >
        {chosen === '' && (
          <option value="" disabled>
            {t('settings.wallDisplay.auto')}
          </option>
        )}
        {displays.list.map((display) => (
          <option key={display.id} value={String(display.id)}>
            {t('settings.wallDisplay.option', {
              number: display.number,
              primary: display.primary ? t('settings.wallDisplay.primary') : '',
              width: display.width,
              height: display.height,
            })}
          </option>
        ))}
      </select>
      <span className="settings-note">{t('settings.wallDisplay.next')}</span>
    </label>
  );
}
