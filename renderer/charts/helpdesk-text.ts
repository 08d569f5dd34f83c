import type { HelpdeskChart } from '../../shared/charts/chart-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatNumber, quoteNames } from './chart-format.ts';
import { formatTick } from './chart-time.ts';
import type { DrawnSeries } from './helpdesk-series.ts';

/** The helpdesk chart's words, in the reader's language. */
export interface HelpdeskText {
  readonly title: string;
  readonly subtitle: string;
  readonly label: string;
  /** The series' name; TOPdesk's "none" (null) in words. */
  name(series: DrawnSeries): string;
  /** "26 in 60 min · drempel 20 · normaal 0,8": the numbers behind an emphasis. */
  detail(series: DrawnSeries): string;
  threshold(series: DrawnSeries): string;
}

export function useHelpdeskText(
  chart: HelpdeskChart | null,
  series: readonly DrawnSeries[],
  timeZone: string,
): HelpdeskText {
  const { t, language } = useI18n();
  const by = chart?.by ?? 'subcategory';
  const window = chart?.windowMinutes ?? 60;
  const number = (value: number) => formatNumber(value, language);
  const name = (one: DrawnSeries) =>
    one.source.key ??
    t(by === 'subcategory' ? 'chart.helpdesk.noSubcategory' : 'chart.helpdesk.noCategory');
  const detail = (one: DrawnSeries) =>
    t('chart.helpdesk.detail', {
      count: number(one.current),
      window,
      threshold: number(one.source.threshold),
      expected: number(one.source.expected),
    });
  const grouping = t(
    by === 'subcategory' ? 'chart.helpdesk.bySubcategory' : 'chart.helpdesk.byCategory',
  );
  const spiking = series.filter((one) => one.emphasised);
  const title = spiking.length
    ? t('chart.helpdesk.spike', { names: quoteNames(spiking.map(name)) })
    : grouping;
  const windowText = t('chart.helpdesk.window', { window });
  const span = chart
    ? t('chart.span', {
        from: formatTick(Date.parse(chart.from), language, timeZone),
        to: formatTick(Date.parse(chart.to), language, timeZone),
      })
    : '';
  const perSeries = series.map(
    (one) => `${quoteNames([name(one)])}: ${one.banded ? detail(one) : number(one.current)}.`,
  );
  return {
    title,
    subtitle: spiking.length ? `${grouping}, ${windowText}` : windowText,
    label: [`${title}.`, `${grouping}, ${windowText}, ${span}.`, ...perSeries].join(' '),
    name,
    detail,
    threshold: (one) => t('chart.threshold', { threshold: number(one.source.threshold) }),
  };
}
