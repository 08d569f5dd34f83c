import type { PrivacyClock } from '../../../shared/privacy/clock-schema.ts';
import { countdown } from '../../../shared/privacy/countdown.ts';
import { formatHoursLeft, formatStopwatch } from '../../../shared/privacy/countdown-words.ts';
import { formatMoment } from '../../../shared/privacy/local-time.ts';
import { useNow } from '../../app/use-now.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface StopwatchProps {
  readonly clock: PrivacyClock;
  readonly timeZone: string;
}

/**
 * A running clock's live countdown, its stage and its deadline. The one part of the panel
 * that ticks every second, so nothing else is drawn again. A timer role, so screen readers
 * read it when asked and do not announce every second.
 */
export function Stopwatch({ clock, timeZone }: StopwatchProps) {
  const { t, language } = useI18n();
  const now = useNow(1000);
  const state = countdown(clock, now.getTime());
  const overdue = state.leftMs <= 0;
  const words = t(overdue ? 'privacy.overdueBy' : 'privacy.left', {
    left: formatHoursLeft(state.leftMs, language),
  });
  return (
    <div className={`privacy-stopwatch is-${state.stage ?? 'decided'}`}>
      <p
        className="privacy-stopwatch-time"
        role="timer"
        aria-label={`${t(overdue ? 'privacy.stopwatchOverdue' : 'privacy.stopwatch')}: ${words}`}
        data-testid={testIds.privacyStopwatch}
      >
        {overdue ? '+' : ''}
        {formatStopwatch(state.leftMs)}
      </p>
      <p className="privacy-stopwatch-words">
        {state.stage && (
          <span className="privacy-stage" data-testid={testIds.privacyStage}>
            {t(`privacy.stage.${state.stage}`)}
          </span>
        )}
        <span>{words}</span>
        <span data-testid={testIds.privacyDeadline}>
          {t('privacy.deadline', { time: formatMoment(state.deadline, language, timeZone) })}
        </span>
      </p>
    </div>
  );
}
