import { useId, useState, type FormEvent } from 'react';
import { toConfigIssues } from '../../../shared/config/config-issues.ts';
import { officeHoursSchema } from '../../../shared/config/intake-schema.ts';
import { weekdays, type Weekday } from '../../../shared/playbook/intake.ts';
import type {
  OfficeHoursSetting,
  SettingsView,
} from '../../../shared/settings/settings-contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { SettingsFeedback } from './SettingsFeedback.tsx';
import { useChangeSettings } from './use-settings.ts';

type HoursField = 'days' | 'from' | 'to';

/**
 * The service desk's office hours (`intake.officeHours` in the config file), checked with the
 * config's own schema and its messages before they are sent.
 */
export function OfficeHoursSection({ view }: { readonly view: SettingsView }) {
  const { t } = useI18n();
  const id = useId();
  const change = useChangeSettings();
  const [hours, setHours] = useState<OfficeHoursSetting>(view.officeHours);
  const [tried, setTried] = useState(false);
  const problems = tried ? hoursProblems(hours) : {};
  const editable = view.configFile !== null;
  const toggleDay = (day: Weekday) =>
    setHours((now) => ({
      ...now,
      days: now.days.includes(day)
        ? now.days.filter((other) => other !== day)
        : weekdays.filter((other) => other === day || now.days.includes(other)),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(hoursProblems(hours)).length === 0) change.mutate({ officeHours: hours });
  };
  return (
    <form className="settings-section" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('settings.hours.title')}</h3>
      <p className="settings-note">{t('settings.hours.explain')}</p>
      {!editable && <p className="settings-note">{t('settings.noConfigFile')}</p>}
      <fieldset className="choice-group" disabled={!editable}>
        <legend className="field-label">{t('settings.hours.days')}</legend>
        {weekdays.map((day) => (
          <label key={day} className="choice">
            <input
              type="checkbox"
              checked={hours.days.includes(day)}
              onChange={() => toggleDay(day)}
              data-testid={testIds.settingsHoursDay(day)}
            />
            {t(`settings.day.${day}`)}
          </label>
        ))}
      </fieldset>
      <FieldProblem message={problems.days} />
      <div className="settings-row">
        {(['from', 'to'] as const).map((field) => (
          <label key={field} className="field">
            <span className="field-label">{t(`settings.hours.${field}`)}</span>
            <input
              value={hours[field]}
              onChange={(event) => setHours((now) => ({ ...now, [field]: event.target.value }))}
              maxLength={5}
              inputMode="numeric"
              placeholder={field === 'from' ? '08:00' : '17:00'}
              disabled={!editable}
              aria-invalid={problems[field] !== undefined}
              data-testid={field === 'from' ? testIds.settingsHoursFrom : testIds.settingsHoursTo}
            />
            <FieldProblem message={problems[field]} />
          </label>
        ))}
      </div>
      <div className="form-buttons">
        <button
          type="submit"
          className="primary-button"
          disabled={!editable || change.isPending}
          data-testid={testIds.settingsHoursSave}
        >
          {t('settings.hours.save')}
        </button>
      </div>
      <SettingsFeedback status={change.status} error={change.error} />
    </form>
  );
}

function FieldProblem({ message }: { readonly message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-problem" role="alert">
      {message}
    </span>
  );
}

/** The config check's messages, by field: `expected a time later than from …`. */
function hoursProblems(hours: OfficeHoursSetting): Partial<Record<HoursField, string>> {
  const parsed = officeHoursSchema.safeParse(hours, { reportInput: true });
  if (parsed.success) return {};
  const problems: Partial<Record<HoursField, string>> = {};
  for (const issue of toConfigIssues(parsed.error.issues)) {
    const field = (issue.path.split(/[.[]/)[0] || 'days') as HoursField;
    problems[field] ??= issue.message;
  }
  return problems;
}
