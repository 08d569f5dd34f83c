import { lazy, Suspense } from 'react';
import type { CheckStripsProps } from './CheckStrips.tsx';
import { ChartPlaceholder } from './ChartPlaceholder.tsx';
import type { HelpdeskChartProps } from './HelpdeskChart.tsx';
import type { QueryChartProps } from './QueryChart.tsx';

// One dynamic import, so the three share one chunk (recharts is most of it). Type imports
// above are erased: this file pulls in no chart code until a chart renders.
const charts = () => import('./index.ts');
const LoadedHelpdeskChart = lazy(() =>
  charts().then((module) => ({ default: module.HelpdeskChart })),
);
const LoadedQueryChart = lazy(() => charts().then((module) => ({ default: module.QueryChart })));
const LoadedCheckStrips = lazy(() => charts().then((module) => ({ default: module.CheckStrips })));

/** HelpdeskChart, loaded on first use; until then an empty box of the same size. */
export function LazyHelpdeskChart(props: HelpdeskChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder kind="helpdesk" />}>
      <LoadedHelpdeskChart {...props} />
    </Suspense>
  );
}

/** QueryChart, loaded on first use; until then an empty box of the same size. */
export function LazyQueryChart(props: QueryChartProps) {
  return (
    <Suspense fallback={<ChartPlaceholder kind="query" />}>
      <LoadedQueryChart {...props} />
    </Suspense>
  );
}

/** CheckStrips, loaded on first use; until then an empty box of the same size. */
export function LazyCheckStrips(props: CheckStripsProps) {
  return (
    <Suspense fallback={<ChartPlaceholder kind="checks" />}>
      <LoadedCheckStrips {...props} />
    </Suspense>
  );
}
