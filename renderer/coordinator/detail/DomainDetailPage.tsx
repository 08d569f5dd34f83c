import { useEffect, useRef } from 'react';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { formatClock, formatMinutes } from '../../../shared/text/format.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useCharts } from '../../api/hooks.ts';
import { LazyHelpdeskChart } from '../../charts/LazyCharts.tsx';
import type { ViewData } from '../../common/view-data.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { statusIcon, statusLabel } from '../../status/presentation.ts';
import { testIds } from '../../testids.ts';
import { DomainActions } from '../actions/DomainActions.tsx';
import type { AcknowledgeAsk } from '../actions/MarkActions.tsx';
import { useDomainDetail } from '../desk-api.ts';
import { DeskMarks } from '../overview/DeskMarks.tsx';
import { LineCard } from '../contacts/LineCard.tsx';
import { PrivacyClockPanel } from '../privacy/PrivacyClockPanel.tsx';
import { DetailAlerts } from './DetailAlerts.tsx';
import { DetailChecks } from './DetailChecks.tsx';
import { DetailQueries } from './DetailQueries.tsx';
import { DetailTickets } from './DetailTickets.tsx';
import { MarkEvidence } from './MarkEvidence.tsx';
import { situationOf } from './situation.ts';

export interface DomainDetailPageProps extends ViewData {
  readonly domain: DomainId;
  readonly onBack: () => void;
  readonly acknowledgeAsk: AcknowledgeAsk | null;
}

/**
 * A domain's detail on the desk: its status and since when, every mark with its full
 * evidence, the criterion in the playbook's words and its actions; then the tickets, checks,
 * alerts and query figures behind it (from main, `domain:detail`) with their charts; and who
 * to call on which line. It scrolls as a whole; nothing in it is cut.
 */
export function DomainDetailPage(props: DomainDetailPageProps) {
  const { t, language } = useI18n();
  const { snapshot, playbook, appInfo, contacts } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened (by click, key or j/k), the detail takes the keyboard: its heading, read out first.
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  const domain = snapshot.domains.find((candidate) => candidate.id === props.domain);
  const definition = playbook.domains.find((candidate) => candidate.id === props.domain);
  if (!domain || !definition) return null;
  const timeZone = appInfo.timezone;
  const now = new Date(snapshot.generatedAt);
  const titleId = `desk-detail-title-${domain.id}`;
  return (
    <section
      className={`desk-detail status-${domain.status}`}
      data-testid={testIds.deskDetail}
      data-domain={domain.id}
      data-status={domain.status}
      aria-labelledby={titleId}
    >
      <header className={`desk-detail-head status-${domain.status}`}>
        <button
          type="button"
          className="tile-button"
          onClick={props.onBack}
          data-testid={testIds.deskBack}
        >
          {t('desk.back')}
        </button>
        <div className="tile-status" data-testid={testIds.domainStatus}>
          <span className="tile-icon" aria-hidden="true">
            {statusIcon[domain.status]}
          </span>
          {t(statusLabel[domain.status])}
        </div>
        <h2 ref={heading} id={titleId} className="desk-detail-title" tabIndex={-1}>
          {definition.title[language]}
        </h2>
        {domain.since && (
          <span className="desk-detail-since">
            {t('detail.statusSince', {
              time: formatClock(domain.since, language, timeZone, now),
              duration: formatMinutes(now.getTime() - Date.parse(domain.since), language),
            })}
          </span>
        )}
      </header>
      <div className="desk-detail-body">
        <section className="detail-section detail-marks" aria-label={t('detail.marks')}>
          <h3 className="detail-section-title">{t('detail.marks')}</h3>
          <DeskMarks
            domain={domain}
            playbook={playbook}
            timeZone={timeZone}
            now={now}
            acknowledgeAsk={props.acknowledgeAsk}
            evidence={(mark) => (
              <MarkEvidence mark={mark} playbook={playbook} timeZone={timeZone} now={now} />
            )}
          />
          {domain.marks.length === 0 && (
            <p className="tile-trigger">
              <span className="tile-label">{t('domain.trigger')}: </span>
              {definition.trigger[language]}
            </p>
          )}
          <DomainActions domain={domain} playbook={playbook} />
        </section>
        <DetailSignals domain={domain} snapshot={snapshot} appInfo={appInfo} playbook={playbook} />
        {domain.id === 'privacy' && (
          <section className="detail-section detail-privacy">
            <PrivacyClockPanel domain={domain} appInfo={appInfo} />
          </section>
        )}
        <section className="detail-section detail-who" aria-label={t('detail.who')}>
          <h3 className="detail-section-title">{t('detail.who')}</h3>
          <LineCard domain={domain} playbook={playbook} contacts={contacts} />
        </section>
      </div>
    </section>
  );
}

/** What main knows behind the status: tickets, checks, alerts, query figures, with charts. */
function DetailSignals({
  domain,
  snapshot,
  appInfo,
  playbook,
}: Pick<ViewData, 'snapshot' | 'appInfo' | 'playbook'> & { domain: DomainSnapshot }) {
  const { t } = useI18n();
  const situation = situationOf(snapshot);
  const detail = useDomainDetail(domain.id, situation);
  const charts = useCharts(situation).data;
  const timeZone = appInfo.timezone;
  if (detail.error)
    return (
      <p className="form-error" role="alert">
        {t('detail.error', { message: errorMessage(detail.error) })}
      </p>
    );
  const data = detail.data;
  if (!data) return <p className="detail-loading">{t('detail.loading')}</p>;
  const now = new Date(data.generatedAt);
  return (
    <>
      {domain.id === 'helpdesk' && charts?.helpdesk && (
        <div className="desk-chart desk-chart-helpdesk">
          <LazyHelpdeskChart chart={charts.helpdesk} timeZone={timeZone} />
        </div>
      )}
      {data.tickets && (
        <DetailTickets tickets={data.tickets} playbook={playbook} timeZone={timeZone} now={now} />
      )}
      {data.checks && (
        <DetailChecks checks={data.checks} charts={charts} timeZone={timeZone} now={now} />
      )}
      {data.alerts && <DetailAlerts alerts={data.alerts} timeZone={timeZone} now={now} />}
      {data.queries && <DetailQueries queries={data.queries} charts={charts} timeZone={timeZone} />}
    </>
  );
}
