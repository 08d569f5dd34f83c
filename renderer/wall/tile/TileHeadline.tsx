import type { DomainStatus } from '../../../shared/snapshot/snapshot-schema.ts';
import { formatClock, formatMinutes } from '../../../shared/text/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { statusIcon, statusLabel } from '../../status/presentation.ts';
import { testIds } from '../../testids.ts';

export interface TileHeadlineProps {
  readonly status: DomainStatus;
  readonly since: string | null;
  readonly minute: Date;
  readonly timeZone: string;
  /**
   * Said in words, not only by the tile's outline: its state changed a short while ago, or it
   * took the screen for its alarm and nobody has seen to it yet.
   */
  readonly flag: 'changed' | 'alarm' | null;
}

/** "✖ KRITIEK  sinds 14:02 · 12 min": the state in word, shape and colour, and since when. */
export function TileHeadline({ status, since, minute, timeZone, flag }: TileHeadlineProps) {
  const { t, language } = useI18n();
  return (
    <div className="tile-headline">
      <span className="tile-status" data-testid={testIds.domainStatus}>
        <span className="tile-icon" aria-hidden="true">
          {statusIcon[status]}
        </span>
        {t(statusLabel[status])}
      </span>
      {flag && (
        <span className="tile-flag" data-testid={testIds.domainChanged}>
          {t(flag === 'alarm' ? 'tile.alarm' : 'tile.changed')}
        </span>
      )}
      {since && (
        <span className="tile-since" data-testid={testIds.domainSince}>
          {t('tile.since', {
            time: formatClock(since, language, timeZone, minute),
            duration: formatMinutes(minute.getTime() - Date.parse(since), language),
          })}
        </span>
      )}
    </div>
  );
}
