import type { HelpdeskChart, HelpdeskSeries } from '../../shared/charts/chart-schema.ts';
import { seriesColor } from './chart-colors.ts';

/** A series as drawn: its place in the legend, colour and emphasis decided. */
export interface DrawnSeries {
  readonly source: HelpdeskSeries;
  /** The React key: the subcategory, or a placeholder for "none" (null). */
  readonly id: string;
  readonly color: string;
  /** Spiking now: thick, first, named in the title. */
  readonly emphasised: boolean;
  /** Another series spikes: this one steps back. */
  readonly muted: boolean;
  /** Its normal band and threshold are drawn. */
  readonly banded: boolean;
  /** The count in the window at the latest minute. */
  readonly current: number;
  readonly points: { readonly t: number; readonly count: number }[];
}

/**
 * Spiking series first (the data side orders by busiest now; a spike outranks that), each
 * with its band; with no spike the busiest gets the band, so the normal level still shows.
 */
export function drawnSeries(chart: HelpdeskChart): DrawnSeries[] {
  const spiking = chart.series.filter((series) => series.spiking);
  const ordered = [...spiking, ...chart.series.filter((series) => !series.spiking)];
  return ordered.map((source, index) => ({
    source,
    id: source.key ?? '\u0000none',
    color: seriesColor(index),
    emphasised: source.spiking,
    muted: spiking.length > 0 && !source.spiking,
    banded: source.spiking || (spiking.length === 0 && index === 0),
    current: source.points.at(-1)?.count ?? 0,
    points: source.points.map((point) => ({ t: Date.parse(point.at), count: point.count })),
  }));
}

export function hasPoints(chart: HelpdeskChart | null): chart is HelpdeskChart {
  return chart !== null && chart.series.some((series) => series.points.length > 0);
}
