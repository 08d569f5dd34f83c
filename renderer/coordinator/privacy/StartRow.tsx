import type { PrivacyIncident } from '../../../shared/privacy/incidents.ts';
import { formatMoment } from '../../../shared/privacy/local-time.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { incidentLabel } from './incident-label.ts';
import { useStartPrivacyClock } from './use-privacy-clocks.ts';

export interface StartRowProps {
  readonly incident: PrivacyIncident;
  readonly timeZone: string;
}

/** An open privacy incident without a clock: what the clock would count from, and Start. */
export function StartRow({ incident, timeZone }: StartRowProps) {
  const { t, language } = useI18n();
  const start = useStartPrivacyClock();
  const label = incidentLabel(incident.ref, incident.title, t);
  const { at, source } = incident.defaultAwareness;
  const request =
    incident.ref.kind === 'ticket'
      ? ({ kind: 'ticket', ticketId: incident.ref.ticketId } as const)
      : ({ kind: 'mark', raisedSeq: incident.ref.raisedSeq } as const);
  return (
    <li className="privacy-start">
      <p className="privacy-clock-title">{label}</p>
      <p className="privacy-awareness">
        {t(`privacy.defaultAwareness.${source}`, { time: formatMoment(at, language, timeZone) })}
      </p>
      <button
        type="button"
        className="primary-button"
        disabled={start.isPending}
        aria-label={t('privacy.startFor', { incident: label })}
        onClick={() => start.mutate({ incident: request })}
        data-testid={testIds.privacyStart(incident.key)}
      >
        {start.isPending ? t('action.saving') : t('privacy.start')}
      </button>
      {start.error && (
        <p className="form-error" role="alert" data-testid={testIds.actionError}>
          {t('action.failed', { message: errorMessage(start.error) })}
        </p>
      )}
    </li>
  );
}
