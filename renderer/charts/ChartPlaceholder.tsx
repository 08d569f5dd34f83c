import type { ChartKind } from './ChartFrame.tsx';

/**
 * The box a lazily loaded chart will take while its code loads, so nothing on the wall
 * jumps. Its own file: LazyCharts imports it statically, and the initial bundle should
 * hold nothing else of the charts.
 */
export function ChartPlaceholder({ kind }: { kind: ChartKind }) {
  return <div className={`chart chart-${kind} is-loading`} aria-busy="true" />;
}
