import type { ChartSize } from './ChartBox.tsx';

/** Axis labels' size in em of the chart's font (charts.css sets `text` to it). */
export const TICK_EM = 1.1;

/** Recharts writes its tick colour as an inline style, which a stylesheet cannot override. */
export const axisTick = { fill: 'var(--muted)' } as const;

/** Where the plot sits inside the drawing, all in px, derived from the font size. */
export interface PlotGeometry {
  readonly margin: { top: number; right: number; bottom: number; left: number };
  readonly xAxisHeight: number;
  readonly yAxisWidth: number;
  readonly plotWidth: number;
  readonly maxXTicks: number;
  readonly line: (ems: number) => number;
}

/**
 * Room for the axes from the font size rather than recharts' fixed 60 px, so labels at
 * 1.1 em (22 px on a 1920 px wall, 44 px at 3840) neither clip nor crowd. `yLabel` is the
 * longest y tick label the chart will show.
 */
export function plotGeometry(size: ChartSize, yLabel: string): PlotGeometry {
  const tick = size.em * TICK_EM;
  const margin = { top: tick * 1.2, right: tick * 1.8, bottom: 0, left: 0 };
  const yAxisWidth = tick * (0.65 * Math.max(yLabel.length, 1) + 0.7);
  const plotWidth = Math.max(size.width - yAxisWidth - margin.left - margin.right, 0);
  return {
    margin,
    xAxisHeight: tick * 1.8,
    yAxisWidth,
    plotWidth,
    maxXTicks: Math.max(Math.floor(plotWidth / (tick * 4.5)), 1),
    // Lines scale with the text, with a floor so a small window still shows them.
    line: (ems) => Math.max(size.em * ems, 1.5),
  };
}

/** A y axis for counts: from 0 to a round top above every value, in 1, 2 or 5 × 10ⁿ steps. */
export function yScale(values: readonly number[]): { max: number; ticks: number[] } {
  const highest = Math.max(0, ...values) * 1.05;
  const step = Math.max(1, niceStep(highest / 4));
  const max = Math.max(step, Math.ceil(highest / step) * step);
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, index) => index * step) };
}

function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power;
}
