import type { WallCharts } from '../../../shared/charts/chart-schema.ts';
import type {
  DetailCheck,
  DomainDetail,
  DownPeriod,
} from '../../../shared/desk/domain-detail-schema.ts';
import { formatClock, formatDuration } from '../../../shared/text/format.ts';
import { LazyCheckStrips } from '../../charts/LazyCharts.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { DetailSection, SectionMore } from './SectionMore.tsx';

const STRIPS_BASE_EM = 5;
const STRIP_EM = 2.2;

export interface DetailChecksProps {
  readonly checks: NonNullable<DomainDetail['checks']>;
  /** The wall's charts, for the checks' up/down strips; undefined until main answered. */
  readonly charts: WallCharts | undefined;
  readonly timeZone: string;
  readonly now: Date;
}

/** The StatusCake checks the domain reads: state now, since when, and each down period. */
export function DetailChecks({ checks, charts, timeZone, now }: DetailChecksProps) {
  const { t } = useI18n();
  const ids = new Set(checks.items.map((check) => check.id));
  const strips = charts?.checks.filter((strip) => ids.has(strip.id)) ?? [];
  return (
    <DetailSection
      title={t('detail.checks', { n: checks.total })}
      testId={testIds.detailChecks}
      empty={checks.items.length === 0}
    >
      {charts && strips.length > 0 && (
        // Room for each strip, its name and the axis: the strips fill exactly what they get.
        <div
          className="desk-chart"
          style={{ height: `${STRIPS_BASE_EM + strips.length * STRIP_EM}em` }}
        >
          <LazyCheckStrips
            checks={strips}
            from={charts.from}
            to={charts.generatedAt}
            timeZone={timeZone}
          />
        </div>
      )}
      <ul className="detail-list">
        {checks.items.map((check) => (
          <CheckItem
            key={`${check.source} ${check.id}`}
            check={check}
            timeZone={timeZone}
            now={now}
          />
        ))}
      </ul>
      <SectionMore shown={checks.items.length} total={checks.total} />
    </DetailSection>
  );
}

function CheckItem({ check, timeZone, now }: { check: DetailCheck; timeZone: string; now: Date }) {
  const { t, language } = useI18n();
  const clock = (at: string) => formatClock(at, language, timeZone, now);
  const state = check.paused
    ? t('detail.check.paused')
    : check.status === 'up'
      ? t('detail.check.up')
      : check.downSince
        ? t('detail.check.downSince', { time: clock(check.downSince) })
        : t('detail.check.down');
  return (
    <li className={`detail-item check-${check.paused ? 'paused' : check.status}`}>
      <div className="detail-item-head">
        <span className="detail-item-name">{check.name}</span>
        <span className="detail-item-state">{state}</span>
      </div>
      <div className="detail-item-url">{check.url}</div>
      <p className="detail-item-line">
        <span className="tile-label">{t('detail.check.periods')}: </span>
        {check.downPeriods.length === 0
          ? t('detail.check.noPeriods')
          : check.downPeriods
              .map((period) => periodText(period, { t, language, clock, now }))
              .join('; ')}
      </p>
    </li>
  );
}

function periodText(
  period: DownPeriod,
  words: {
    t: ReturnType<typeof useI18n>['t'];
    language: ReturnType<typeof useI18n>['language'];
    clock: (at: string) => string;
    now: Date;
  },
): string {
  const end = period.to === null ? words.now.getTime() : Date.parse(period.to);
  const duration = formatDuration(end - Date.parse(period.from), words.language);
  return period.to === null
    ? words.t('detail.check.periodOngoing', { from: words.clock(period.from), duration })
    : words.t('detail.check.period', {
        from: words.clock(period.from),
        to: words.clock(period.to),
        duration,
      });
}
