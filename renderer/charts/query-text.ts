import type { QueryChart } from '../../shared/charts/chart-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatNumber } from './chart-format.ts';
import { formatTick } from './chart-time.ts';

export interface QueryText {
  readonly title: string;
  readonly subtitle: string;
  readonly label: string;
  readonly count: string;
  /** The rule's threshold over its window, with the per-minute level the line is drawn at. */
  readonly threshold: string;
  /** The line's own short label; null without a threshold. */
  readonly lineLabel: string | null;
  readonly degraded: string | null;
}

/** The rule counts over its window (query-threshold: "count over the window is above"). */
export function isOver(chart: QueryChart): boolean {
  return chart.threshold !== null && chart.count > chart.threshold;
}

/** The rule's threshold spread over its window's minutes: the level the bars compare to. */
export function perMinuteLevel(chart: QueryChart): number | null {
  return chart.threshold === null ? null : chart.threshold / chart.windowMinutes;
}

export function useQueryText(
  chart: QueryChart,
  title: string,
  span: { from: number; to: number },
  timeZone: string,
): QueryText {
  const { t, language } = useI18n();
  const number = (value: number) => formatNumber(value, language);
  const window = chart.windowMinutes;
  const level = perMinuteLevel(chart);
  const count = [
    t('chart.query.count', { count: number(chart.count), window }),
    ...(isOver(chart) ? [t('chart.query.over')] : []),
  ].join(', ');
  const threshold =
    chart.threshold === null || level === null
      ? t('chart.query.noThreshold')
      : t('chart.query.threshold', {
          threshold: number(chart.threshold),
          window,
          perMinute: number(level),
        });
  const degraded = chart.degraded ? t('chart.query.degraded') : null;
  const subtitle = t('chart.query.perMinute');
  const spanText = t('chart.span', {
    from: formatTick(span.from, language, timeZone),
    to: formatTick(span.to, language, timeZone),
  });
  return {
    title,
    subtitle,
    count,
    threshold,
    lineLabel: level === null ? null : t('chart.query.lineLabel', { perMinute: number(level) }),
    degraded,
    label: [`${title}, ${subtitle}, ${spanText}.`, `${count}.`, `${threshold}.`, degraded]
      .filter(Boolean)
      .join(' '),
  };
}
