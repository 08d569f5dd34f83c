import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { formatClock, formatDuration } from '../../../shared/text/format.ts';
import { statusIcon, statusLabel } from '../../status/presentation.ts';
import { testIds } from '../../testids.ts';

export interface DetailBandProps {
  readonly domain: Pick<DomainSnapshot, 'status' | 'since'>;
  readonly title: string;
  readonly timeZone: string;
  readonly now: Date;
}

/** The status across the page: its word and shape, the domain, since when and for how long. */
export function DetailBand({ domain, title, timeZone, now }: DetailBandProps) {
  const { t, language } = useI18n();
  const { status, since } = domain;
  return (
    <header className={`detail-band status-${status}`}>
      <div className="detail-status" data-testid={testIds.domainStatus}>
        <span className="detail-icon" aria-hidden="true">
          {statusIcon[status]}
        </span>
        {t(statusLabel[status])}
      </div>
      <h2 className="detail-title">{title}</h2>
      {since !== null && (
        <p className="detail-since" data-testid={testIds.detailSince}>
          {t('wall.detail.since', {
            time: formatClock(since, language, timeZone, now),
            duration: formatDuration(now.getTime() - Date.parse(since), language),
          })}
        </p>
      )}
    </header>
  );
}
