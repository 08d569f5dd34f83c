import type {
  AlertField,
  DetailAlert,
  DomainDetail,
} from '../../../shared/desk/domain-detail-schema.ts';
import { formatClock } from '../../../shared/text/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';
import { DetailSection, SectionMore } from './SectionMore.tsx';

export interface DetailAlertsProps {
  readonly alerts: NonNullable<DomainDetail['alerts']>;
  readonly timeZone: string;
  readonly now: Date;
}

/** The Alertmanager alerts the domain reads, firing first, with every label and annotation. */
export function DetailAlerts({ alerts, timeZone, now }: DetailAlertsProps) {
  const { t } = useI18n();
  return (
    <DetailSection
      title={t('detail.alerts', { n: alerts.total })}
      testId={testIds.detailAlerts}
      empty={alerts.items.length === 0}
    >
      <ul className="detail-list">
        {alerts.items.map((alert) => (
          <AlertItem
            key={`${alert.source} ${alert.fingerprint}`}
            alert={alert}
            timeZone={timeZone}
            now={now}
          />
        ))}
      </ul>
      <SectionMore shown={alerts.items.length} total={alerts.total} />
    </DetailSection>
  );
}

function stateKey(alert: DetailAlert): MessageKey {
  if (alert.state === 'active') return 'detail.alert.active';
  if (alert.silenced) return 'detail.alert.silenced';
  if (alert.inhibited) return 'detail.alert.inhibited';
  return alert.state === 'suppressed' ? 'detail.alert.suppressed' : 'detail.alert.unprocessed';
}

function AlertItem({ alert, timeZone, now }: { alert: DetailAlert; timeZone: string; now: Date }) {
  const { t, language } = useI18n();
  return (
    <li className={`detail-item alert-${alert.state}`}>
      <div className="detail-item-head">
        <span className="detail-item-name">{alert.name}</span>
        <span className="detail-item-state">
          {t(stateKey(alert))} ·{' '}
          {t('detail.since', { time: formatClock(alert.startsAt, language, timeZone, now) })}
        </span>
      </div>
      <Fields title={t('detail.alert.labels')} fields={alert.labels} chips />
      <Fields title={t('detail.alert.annotations')} fields={alert.annotations} />
      {alert.omittedFields > 0 && (
        <p className="detail-more">{t('detail.alert.omitted', { n: alert.omittedFields })}</p>
      )}
      {alert.generatorURL && (
        <p className="detail-item-url">
          <span className="tile-label">{t('detail.alert.generator')}: </span>
          {alert.generatorURL}
        </p>
      )}
    </li>
  );
}

/** Labels as `name=value` chips; annotations as a list, their text as written. */
function Fields({
  title,
  fields,
  chips = false,
}: {
  title: string;
  fields: readonly AlertField[];
  chips?: boolean;
}) {
  if (fields.length === 0) return null;
  return (
    <div className="alert-fields">
      <p className="field-label">{title}</p>
      {chips ? (
        <ul className="label-chips">
          {fields.map((field) => (
            <li key={field.name} className="label-chip">
              {field.name}={field.value}
            </li>
          ))}
        </ul>
      ) : (
        <dl className="mark-evidence">
          {fields.map((field) => (
            <div key={field.name} className="evidence-row">
              <dt>{field.name}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
