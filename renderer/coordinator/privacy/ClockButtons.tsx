import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export type ClockForm = 'awareness' | 'decision';

export interface ClockButtonsProps {
  readonly decided: boolean;
  /** The form open now, if any: its button reads as pressed. */
  readonly open: ClockForm | null;
  readonly onToggle: (form: ClockForm, button: HTMLButtonElement) => void;
}

/** Change the moment of awareness (while the clock runs); decide, or correct the decision. */
export function ClockButtons({ decided, open, onToggle }: ClockButtonsProps) {
  const { t } = useI18n();
  const button = (form: ClockForm, label: string, testId: string) => (
    <button
      type="button"
      className={`quiet-button ${open === form ? 'is-open' : ''}`}
      aria-expanded={open === form}
      onClick={(event) => onToggle(form, event.currentTarget)}
      data-testid={testId}
    >
      {label}
    </button>
  );
  return (
    <div className="action-buttons">
      {!decided && button('awareness', t('privacy.editAwareness'), testIds.privacyEditAwareness)}
      {button('decision', t(decided ? 'privacy.correct' : 'privacy.decide'), testIds.privacyDecide)}
    </div>
  );
}
