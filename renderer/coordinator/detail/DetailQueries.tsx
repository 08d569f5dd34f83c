import type { WallCharts } from '../../../shared/charts/chart-schema.ts';
import type { DetailQuery, DomainDetail } from '../../../shared/desk/domain-detail-schema.ts';
import { formatCount, formatDuration } from '../../../shared/text/format.ts';
import { LazyQueryChart } from '../../charts/LazyCharts.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { DetailSection, SectionMore } from './SectionMore.tsx';

export interface DetailQueriesProps {
  readonly queries: NonNullable<DomainDetail['queries']>;
  readonly charts: WallCharts | undefined;
  readonly timeZone: string;
}

/** The Elasticsearch figures the domain reads: count over the window, threshold, and chart. */
export function DetailQueries({ queries, charts, timeZone }: DetailQueriesProps) {
  const { t } = useI18n();
  return (
    <DetailSection
      title={t('detail.queries', { n: queries.total })}
      testId={testIds.detailQueries}
      empty={queries.items.length === 0}
    >
      <ul className="detail-list">
        {queries.items.map((query) => (
          <QueryItem key={query.id} query={query} charts={charts} timeZone={timeZone} />
        ))}
      </ul>
      <SectionMore shown={queries.items.length} total={queries.total} />
    </DetailSection>
  );
}

function QueryItem({
  query,
  charts,
  timeZone,
}: {
  query: DetailQuery;
  charts: WallCharts | undefined;
  timeZone: string;
}) {
  const { t, language } = useI18n();
  const name = query.label?.[language] ?? query.id;
  const chart = charts?.queries.find((candidate) => candidate.id === query.id);
  const result = query.result;
  const over = result !== null && query.threshold !== null && result.count > query.threshold;
  return (
    <li className="detail-item">
      <div className="detail-item-head">
        <span className="detail-item-name">{name}</span>
        <span className={`detail-item-state${over ? ' is-over' : ''}`}>
          {result === null
            ? t('detail.query.noData')
            : t('detail.query.count', {
                count: formatCount(result.count, language),
                window: formatDuration(query.windowMs, language),
              })}
          {' · '}
          {query.threshold === null
            ? t('detail.query.noThreshold')
            : t('detail.query.threshold', { threshold: formatCount(query.threshold, language) })}
        </span>
      </div>
      {result?.degraded && (
        <p className="chart-note is-degraded">
          {t('detail.query.degraded', { reason: result.degradedReason ?? '—' })}
        </p>
      )}
      {charts && chart && (
        <div className="desk-chart">
          <LazyQueryChart
            chart={chart}
            from={charts.from}
            to={charts.generatedAt}
            timeZone={timeZone}
            title={name}
          />
        </div>
      )}
    </li>
  );
}
