import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueryChart as QueryChartData } from '../../shared/charts/chart-schema.ts';
import type { Language } from '../../shared/playbook/text.ts';
import { QueryChart } from './QueryChart.tsx';
import { renderChart, WALL_CELL } from './testing/render-chart.tsx';
import {
  SAMPLE_FROM,
  SAMPLE_GENERATED_AT,
  SAMPLE_TIME_ZONE,
  sampleQuery,
} from './testing/sample-charts.ts';

afterEach(cleanup);

function draw(chart: QueryChartData, language: Language = 'nl', title?: string) {
  return renderChart(
    <QueryChart
      chart={chart}
      from={SAMPLE_FROM}
      to={SAMPLE_GENERATED_AT}
      timeZone={SAMPLE_TIME_ZONE}
      title={title}
      size={WALL_CELL}
    />,
    language,
  );
}

const thresholdLine = (container: HTMLElement) =>
  container.querySelector('.recharts-reference-line-line');

describe('QueryChart', () => {
  it('draws the window’s threshold per minute and says so', () => {
    const { container } = draw(sampleQuery);
    expect(screen.getByText('drempel 150 per 15 min (gem. 10/min)')).toBeTruthy();
    expect(thresholdLine(container)?.getAttribute('y')).toBe('10');
    expect(container.querySelector('.recharts-label')?.textContent).toBe('gem. 10/min');
  });

  it('shows the window’s count, marked when over the threshold', () => {
    draw(sampleQuery);
    const status = screen.getByText('nu 187 in 15 min, boven de drempel');
    expect(status.classList.contains('is-over')).toBe(true);
    cleanup();
    draw({ ...sampleQuery, count: 150 });
    expect(screen.getByText('nu 150 in 15 min').classList.contains('is-over')).toBe(false);
  });

  it('speaks English', () => {
    const { container } = draw(sampleQuery, 'en');
    expect(screen.getByText('threshold 150 per 15 min (avg. 10/min)')).toBeTruthy();
    expect(screen.getByText('now 187 in 15 min, above the threshold')).toBeTruthy();
    expect(container.querySelector('.recharts-label')?.textContent).toBe('avg. 10/min');
  });

  it('never rounds a small threshold to nothing', () => {
    draw({ ...sampleQuery, threshold: 0.5, count: 0 });
    expect(screen.getByText('drempel 0,5 per 15 min (gem. 0,033/min)')).toBeTruthy();
    cleanup();
    draw({ ...sampleQuery, threshold: 0.5, count: 0 }, 'en');
    expect(screen.getByText('threshold 0.5 per 15 min (avg. 0.033/min)')).toBeTruthy();
  });

  it('draws no line for a query no rule reads', () => {
    const { container } = draw({ ...sampleQuery, threshold: null, domain: null });
    expect(screen.getByText('geen drempel ingesteld')).toBeTruthy();
    expect(thresholdLine(container)).toBeNull();
  });

  it('notes a degraded (partial) count where it shows and in its name', () => {
    draw({ ...sampleQuery, degraded: true });
    const note = screen.getByText('onvolledig: de echte telling kan hoger zijn');
    expect(note.classList.contains('is-degraded')).toBe(true);
    expect(
      screen.getByRole('img', { name: /onvolledig: de echte telling kan hoger zijn$/ }),
    ).toBeTruthy();
  });

  it('draws a bar for every minute with hits', () => {
    const { container } = draw(sampleQuery);
    const minutesWithHits = sampleQuery.points.filter((point) => point.count > 0).length;
    expect(minutesWithHits).toBeGreaterThan(100);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(minutesWithHits);
  });

  it('is named by its title, count and threshold', () => {
    draw(sampleQuery, 'nl', 'serverfouten');
    expect(
      screen.getByRole('img', {
        name:
          'serverfouten, per minuut, 13:00–16:00. nu 187 in 15 min, boven de drempel. ' +
          'drempel 150 per 15 min (gem. 10/min).',
      }),
    ).toBeTruthy();
    expect(screen.getByText('serverfouten')).toBeTruthy();
  });

  it('says "geen gegevens" without points', () => {
    const { container } = draw({ ...sampleQuery, points: [] });
    expect(screen.getByRole('img', { name: 'backend-5xx: geen gegevens' })).toBeTruthy();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });
});
