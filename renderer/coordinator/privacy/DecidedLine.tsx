import type { PrivacyClock } from '../../../shared/privacy/clock-schema.ts';
import { countdown } from '../../../shared/privacy/countdown.ts';
import { formatHoursLeft } from '../../../shared/privacy/countdown-words.ts';
import { formatMoment } from '../../../shared/privacy/local-time.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** A stopped clock: the AP decision, why, who made it when, and how long after awareness. */
export function DecidedLine({ clock, timeZone }: { clock: PrivacyClock; timeZone: string }) {
  const { t, language } = useI18n();
  const { decision } = clock;
  if (!decision) return null;
  const { elapsedMs } = countdown(clock, Date.parse(decision.at));
  return (
    <div className="privacy-decided" data-testid={testIds.privacyDecided}>
      <p className="privacy-decision">
        <strong>{t(decision.notify ? 'privacy.decidedYes' : 'privacy.decidedNo')}</strong>
        {' — '}
        {decision.reason}
      </p>
      <p className="privacy-decided-by">
        {t('privacy.decidedBy', {
          by: decision.by,
          time: formatMoment(decision.at, language, timeZone),
          elapsed: formatHoursLeft(elapsedMs, language),
        })}
      </p>
    </div>
  );
}
