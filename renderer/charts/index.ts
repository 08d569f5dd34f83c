// The charts chunk: everything that pulls in recharts. Import it through LazyCharts.tsx, so
// it loads after the first paint and stays out of the initial bundle (scripts/build.mjs).
export { CheckStrips, type CheckStripsProps } from './CheckStrips.tsx';
export { HelpdeskChart, type HelpdeskChartProps } from './HelpdeskChart.tsx';
export { QueryChart, type QueryChartProps } from './QueryChart.tsx';
