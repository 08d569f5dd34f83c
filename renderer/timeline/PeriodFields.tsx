import { useI18n } from '../i18n/I18nProvider.tsx';

export interface PeriodFieldsProps {
  /** `datetime-local` values, on the war room's clock. */
  readonly from: string;
  readonly to: string;
  readonly onChange: (period: { from: string; to: string }) => void;
  readonly timeZone: string;
  readonly testIds: { readonly from: string; readonly to: string };
}

/** From and until, named with the time zone they are read in (the config's, not the machine's). */
export function PeriodFields({ from, to, onChange, timeZone, testIds }: PeriodFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="period-fields">
      <legend className="field-label">{t('timeline.period', { zone: timeZone })}</legend>
      <label className="field">
        <span className="field-label">{t('timeline.from')}</span>
        <input
          type="datetime-local"
          value={from}
          max={to || undefined}
          onChange={(event) => onChange({ from: event.target.value, to })}
          data-testid={testIds.from}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('timeline.to')}</span>
        <input
          type="datetime-local"
          value={to}
          min={from || undefined}
          onChange={(event) => onChange({ from, to: event.target.value })}
          data-testid={testIds.to}
        />
      </label>
    </fieldset>
  );
}
