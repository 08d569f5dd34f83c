import { memo } from 'react';
import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { LazyCheckStrips, LazyHelpdeskChart, LazyQueryChart } from '../charts/LazyCharts.tsx';

export interface DomainChartProps {
  readonly domain: DomainId;
  readonly charts: WallCharts;
  readonly timeZone: string;
}

/** Domains whose detail page has a chart; the others show their marks in full instead. */
export const CHARTED_DOMAINS: readonly DomainId[] = [
  'helpdesk',
  'alerting',
  'ggd-portal',
  'website',
];

/**
 * Drawn again only when main sent new charts (or the domain changed): the detail page around
 * it re-draws with every snapshot, a chart of hundreds of points must not.
 *
 * The chart that gives a domain its context: the helpdesk's reports against their normal
 * band, Alerting's queries against their thresholds, the checks' up/down history for the
 * GGD portal and the website. Null for a domain no source draws a history of.
 */
export const DomainChart = memo(function DomainChart({
  domain,
  charts,
  timeZone,
}: DomainChartProps) {
  const span = { from: charts.from, to: charts.generatedAt, timeZone };
  switch (domain) {
    case 'helpdesk':
      return <LazyHelpdeskChart chart={charts.helpdesk} timeZone={timeZone} />;
    case 'alerting': {
      const own = charts.queries.filter((query) => query.domain === domain);
      // Queries no rule reads are still monitoring: shown when none is Alerting's own.
      const queries = own.length > 0 ? own : charts.queries;
      return (
        <div className="detail-charts">
          {queries.map((query) => (
            <LazyQueryChart key={query.id} chart={query} {...span} />
          ))}
        </div>
      );
    }
    case 'ggd-portal':
    case 'website':
      return (
        <LazyCheckStrips
          checks={charts.checks.filter((check) => check.domains.includes(domain))}
          {...span}
        />
      );
    default:
      return null;
  }
});
