import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import { domainIds, type DomainId } from '../playbook/domains.ts';
import type { QueryResult, SourceSignals } from '../signals/signals.ts';
import { MAX_CHART_POINTS, type ChartPoint, type QueryChart } from './chart-schema.ts';
import { MINUTE_MS, isoAt, type ChartSpan } from './chart-span.ts';
import { lttb } from './lttb.ts';

/** What the contract allows (chart-schema.ts). */
const MAX_QUERY_CHARTS = 50;

/**
 * A chart per configured Elasticsearch query that has delivered: its per-minute histogram
 * within the span, beside the threshold of the `query-threshold` rule that reads it, if any.
 */
export function buildQueryCharts(
  config: Pick<Config, 'sources' | 'domains'>,
  signals: ReadonlyMap<string, SourceSignals>,
  span: ChartSpan,
): QueryChart[] {
  const charts: QueryChart[] = [];
  for (const source of config.sources) {
    if (source.kind !== 'elasticsearch') continue;
    const delivered = signals.get(source.id);
    for (const query of source.queries) {
      const result =
        delivered?.kind === 'elasticsearch'
          ? delivered.queries.find((candidate) => candidate.id === query.id)
          : undefined;
      if (result) charts.push(queryChart(config, result, query.window, span));
    }
  }
  return charts.slice(0, MAX_QUERY_CHARTS);
}

function queryChart(
  config: Pick<Config, 'domains'>,
  result: QueryResult,
  windowMs: number,
  span: ChartSpan,
): QueryChart {
  const rule = thresholdRule(config, result.id);
  return {
    id: result.id,
    domain: rule?.domain ?? null,
    // The demo's queries may count over seconds; a chart's window is at least a minute.
    windowMinutes: Math.max(1, Math.round(windowMs / MINUTE_MS)),
    threshold: rule?.threshold ?? null,
    count: result.count,
    degraded: result.degraded,
    points: histogramPoints(result, span),
  };
}

/** The first domain, in playbook order, whose `query-threshold` rule reads the query. */
function thresholdRule(
  config: Pick<Config, 'domains'>,
  queryId: string,
): { readonly domain: DomainId; readonly threshold: number } | null {
  for (const domain of domainIds) {
    for (const rule of domainSettings(config, domain).rules ?? []) {
      if (rule.kind === 'query-threshold' && rule.query === queryId) {
        return { domain, threshold: rule.threshold };
      }
    }
  }
  return null;
}

interface TimedCount {
  readonly time: number;
  readonly count: number;
}

function histogramPoints(result: QueryResult, span: ChartSpan): ChartPoint[] {
  const inSpan: TimedCount[] = result.histogram
    .map((bucket) => ({ time: Date.parse(bucket.at), count: bucket.count }))
    .filter((bucket) => bucket.time >= span.from && bucket.time <= span.to);
  return lttb(inSpan, MAX_CHART_POINTS, { x: (p) => p.time, y: (p) => p.count }).map((p) => ({
    at: isoAt(p.time),
    count: p.count,
  }));
}
