import type { CheckStrip } from '../../shared/charts/chart-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { quoteNames } from './chart-format.ts';
import { formatTick, minutesBetween } from './chart-time.ts';
import { currentStatus, placeSegments, type CheckStatus } from './strip-layout.ts';

export interface ChecksText {
  readonly title: string;
  readonly subtitle: string;
  readonly label: string;
  status(status: CheckStatus): string;
}

/** What the strips show, in words: who is down now, and every down period in the span. */
export function useChecksText(
  checks: readonly CheckStrip[],
  span: { from: number; to: number },
  timeZone: string,
): ChecksText {
  const { t, language } = useI18n();
  const time = (at: number) => formatTick(at, language, timeZone);
  const title = t('chart.checks.title');
  const subtitle = t('chart.span', { from: time(span.from), to: time(span.to) });
  const downNow = checks.filter((check) => currentStatus(check) === 'down');
  const periods = checks.flatMap((check) =>
    placeSegments(check.segments, span.from, span.to)
      .filter((segment) => segment.status === 'down')
      .map((segment) =>
        t('chart.checks.downPeriod', {
          name: quoteNames([check.name]),
          from: time(segment.from),
          to: time(segment.to),
          minutes: minutesBetween(segment.from, segment.to),
        }),
      ),
  );
  const now = downNow.length
    ? t('chart.checks.downNow', { names: quoteNames(downNow.map((check) => check.name)) })
    : t('chart.checks.noneDown');
  return {
    title,
    subtitle,
    label: [
      `${title}, ${subtitle}.`,
      `${t('chart.checks.count', { n: checks.length })}, ${now}.`,
      ...periods.map((period) => `${period}.`),
    ].join(' '),
    status: (status) => t(`chart.status.${status}`),
  };
}
