import { useId } from 'react';
import type { Language } from '../../../shared/playbook/text.ts';
import type { SettingsView } from '../../../shared/settings/settings-contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { OperatorField } from './OperatorField.tsx';
import { SettingsFeedback } from './SettingsFeedback.tsx';
import { useChangeSettings } from './use-settings.ts';
import { WallDisplayField } from './WallDisplayField.tsx';

const LANGUAGES: readonly Language[] = ['nl', 'en'];
type SoundChoice = 'config' | 'on' | 'off';

/** What belongs to this seat, not the war room: who sits here, language, sound, the wall's screen. */
export function SeatSection({
  view,
  onToggleLanguage,
}: {
  readonly view: SettingsView;
  readonly onToggleLanguage?: () => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const change = useChangeSettings();
  const chooseLanguage = (next: Language) => {
    change.mutate({ language: next });
    if (next !== language) onToggleLanguage?.();
  };
  const sound: SoundChoice = view.seat.sound === null ? 'config' : view.seat.sound ? 'on' : 'off';
  const soundOf = (choice: SoundChoice) => (choice === 'config' ? null : choice === 'on');
  // The language in force is the UI's; without a switch, the seat's saved choice.
  const shownLanguage = onToggleLanguage ? language : view.seat.language;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.seat.title')}</h3>
      <OperatorField />
      <fieldset className="choice-group">
        <legend className="field-label">{t('settings.language')}</legend>
        {LANGUAGES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-language`}
              checked={shownLanguage === option}
              onChange={() => chooseLanguage(option)}
              data-testid={testIds.settingsLanguage(option)}
            />
            {t(`settings.language.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{t('settings.sound')}</span>
        <select
          value={sound}
          onChange={(event) => change.mutate({ sound: soundOf(event.target.value as SoundChoice) })}
          data-testid={testIds.settingsSound}
        >
          <option value="config">
            {t('settings.sound.config', {
              state: t(view.configSound ? 'settings.sound.on' : 'settings.sound.off'),
            })}
          </option>
          <option value="on">{t('settings.sound.on')}</option>
          <option value="off">{t('settings.sound.off')}</option>
        </select>
      </label>
      <WallDisplayField
        view={view}
        onChoose={(displayId) => change.mutate({ wallDisplay: displayId })}
      />
      <SettingsFeedback status={change.status} error={change.error} />
    </section>
  );
}
