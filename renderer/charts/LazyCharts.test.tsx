import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LazyCheckStrips, LazyHelpdeskChart, LazyQueryChart } from './LazyCharts.tsx';
import { renderChart, WALL_CELL } from './testing/render-chart.tsx';
import {
  SAMPLE_FROM,
  SAMPLE_GENERATED_AT,
  SAMPLE_TIME_ZONE,
  sampleCharts,
  sampleQuery,
} from './testing/sample-charts.ts';

afterEach(cleanup);

// Vitest transforms recharts on first import, which can outlast findBy's second: do it first.
// React.lazy still suspends on the first render, so the placeholders show all the same.
beforeAll(() => import('./index.ts'));

describe('LazyCharts', () => {
  it('holds each chart’s box while the chunk loads, then draws the charts', async () => {
    const span = { from: SAMPLE_FROM, to: SAMPLE_GENERATED_AT, timeZone: SAMPLE_TIME_ZONE };
    const { container } = renderChart(
      <>
        <LazyHelpdeskChart
          chart={sampleCharts.helpdesk}
          timeZone={SAMPLE_TIME_ZONE}
          size={WALL_CELL}
        />
        <LazyQueryChart chart={sampleQuery} {...span} size={WALL_CELL} />
        <LazyCheckStrips checks={sampleCharts.checks} {...span} size={WALL_CELL} />
      </>,
    );
    const placeholders = [...container.querySelectorAll('[aria-busy="true"]')];
    expect(placeholders.map((box) => box.className)).toEqual([
      'chart chart-helpdesk is-loading',
      'chart chart-query is-loading',
      'chart chart-checks is-loading',
    ]);
    expect(await screen.findByRole('img', { name: /^Toename 'Code niet ontvangen'/ })).toBeTruthy();
    expect(await screen.findByRole('img', { name: /^backend-5xx, per minuut/ })).toBeTruthy();
    expect(
      await screen.findByRole('img', { name: /^Beschikbaarheid \(StatusCake\)/ }),
    ).toBeTruthy();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });
});
