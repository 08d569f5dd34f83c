import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export type ChartKind = 'helpdesk' | 'query' | 'checks';

export interface ChartFrameProps {
  readonly kind: ChartKind;
  /** What the chart is about, shown above it. */
  readonly title: string;
  /** The chart's accessible name: what a glance at it tells, in one or two sentences. */
  readonly label: string;
  /** What the axes count, in the muted line under the title. */
  readonly subtitle?: string | undefined;
  /** Lines under the title that carry the numbers: current count, threshold, notes. */
  readonly notes?: ReactNode;
  /** No data: a short line instead of an empty box. */
  readonly empty: boolean;
  readonly children?: ReactNode;
}

/**
 * One chart's box: title, notes and drawing, named as a whole for assistive technology
 * (role="img", https://www.w3.org/WAI/tutorials/images/complex/). It fills its container
 * and clips, so a chart never pushes the wall's grid.
 */
export function ChartFrame({
  kind,
  title,
  label,
  subtitle,
  notes,
  empty,
  children,
}: ChartFrameProps) {
  const { t } = useI18n();
  return (
    <div
      className={`chart chart-${kind}`}
      role="img"
      aria-label={empty ? `${title}: ${t('chart.noData')}` : label}
      data-chart={kind}
    >
      <div className="chart-head">
        <div className="chart-title">{title}</div>
        {subtitle && !empty && <div className="chart-subtitle">{subtitle}</div>}
      </div>
      {empty ? <p className="chart-empty">{t('chart.noData')}</p> : notes}
      {!empty && children}
    </div>
  );
}
