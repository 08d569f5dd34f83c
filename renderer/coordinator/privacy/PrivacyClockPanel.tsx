import { useId } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract.ts';
import type { PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { byUrgency } from '../../../shared/privacy/countdown.ts';
import { privacyIncidents } from '../../../shared/privacy/incidents.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ClockCard } from './ClockCard.tsx';
import { StartRow } from './StartRow.tsx';
import { usePrivacyClocks } from './use-privacy-clocks.ts';

export interface PrivacyClockPanelProps {
  /** The Privacy domain from the snapshot: its marks are the incidents a clock can start for. */
  readonly domain: DomainSnapshot;
  /** For the war room's time zone. */
  readonly appInfo: AppInfo;
}

/**
 * The 72-hour privacy clock on the coordinator's desk (docs/privacy-clock.md): per privacy
 * incident, start the clock; then its live countdown and stage, the moment of awareness (to
 * change, with a reason), and the decision "melden bij de AP: ja/nee, waarom" that stops it.
 * Every change is logged on the timeline as the operator.
 */
export function PrivacyClockPanel({ domain, appInfo }: PrivacyClockPanelProps) {
  const { t } = useI18n();
  const titleId = useId();
  const query = usePrivacyClocks();
  const incidents = privacyIncidents(domain);
  const open = new Set(incidents.map((incident) => incident.key));
  const clocks = [...(query.data?.clocks ?? [])].sort(byUrgency);
  const withClock = new Set(clocks.map((clock) => clock.id));
  const unstarted = query.data ? incidents.filter((incident) => !withClock.has(incident.key)) : [];
  return (
    <section className="privacy-panel" aria-labelledby={titleId} data-testid={testIds.privacyPanel}>
      <h2 id={titleId} className="privacy-title">
        {t('privacy.title')}
      </h2>
      <p className="privacy-explain">{t('privacy.explain')}</p>
      <Problem data={query.data} error={query.error} />
      {query.data && clocks.length === 0 && unstarted.length === 0 && (
        <p className="privacy-none">{t('privacy.none')}</p>
      )}
      <ul className="privacy-clocks">
        {clocks.map((clock) => (
          <ClockCard
            key={clock.id}
            clock={clock}
            timeZone={appInfo.timezone}
            open={open.has(clock.id)}
          />
        ))}
        {unstarted.map((incident) => (
          <StartRow key={incident.key} incident={incident} timeZone={appInfo.timezone} />
        ))}
      </ul>
    </section>
  );
}

/** Why the clocks shown may not be all there are: said loudly, with what to do. */
function Problem({ data, error }: { data: PrivacyClocks | undefined; error: Error | null }) {
  const { t } = useI18n();
  const text = error
    ? t('privacy.loadFailed', { message: errorMessage(error) })
    : data?.problem &&
      t(`privacy.problem.${data.problem.kind}`, {
        detail: data.problem.detail,
        file: data.problem.file,
      });
  if (!text) return null;
  return (
    <p className="privacy-problem" role="alert" data-testid={testIds.privacyProblem}>
      {text}
    </p>
  );
}
