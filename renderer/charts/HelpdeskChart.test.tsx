import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelpdeskChart as HelpdeskChartData } from '../../shared/charts/chart-schema.ts';
import { HelpdeskChart } from './HelpdeskChart.tsx';
import { lineWidth, renderChart, WALL_CELL } from './testing/render-chart.tsx';
import { sampleCharts, sampleHelpdeskSeries, SAMPLE_TIME_ZONE } from './testing/sample-charts.ts';

afterEach(cleanup);

const spike = sampleCharts.helpdesk!;
const calm: HelpdeskChartData = {
  ...spike,
  series: [sampleHelpdeskSeries.login, sampleHelpdeskSeries.appointment, sampleHelpdeskSeries.none],
};

const draw = (chart: HelpdeskChartData | null, language: 'nl' | 'en' = 'nl') =>
  renderChart(
    <HelpdeskChart chart={chart} timeZone={SAMPLE_TIME_ZONE} size={WALL_CELL} />,
    language,
  );

const legend = () =>
  screen.getAllByRole('listitem').map((item) => ({
    text: item.textContent,
    emphasised: item.classList.contains('is-emphasised'),
    muted: item.classList.contains('is-muted'),
  }));

describe('HelpdeskChart', () => {
  it('names the spiking subcategory in its title and leads the legend with its numbers', () => {
    draw({ ...spike, series: [sampleHelpdeskSeries.login, sampleHelpdeskSeries.code] });
    expect(screen.getByText("Toename 'Code niet ontvangen'")).toBeTruthy();
    expect(legend()).toEqual([
      {
        text: 'Code niet ontvangen26 in 60 min · drempel 20 · normaal 0,8',
        emphasised: true,
        muted: false,
      },
      { text: 'Inloggen met DigiD4', emphasised: false, muted: true },
    ]);
  });

  it('draws the spiking line thickest, over its normal band and dashed threshold', () => {
    const { container } = draw(spike);
    const thick = lineWidth(container, 'Code niet ontvangen');
    for (const other of ['Inloggen met DigiD', 'Afspraak wijzigen', '(geen subcategorie)'])
      expect(lineWidth(container, other)).toBeLessThan(thick / 2);
    expect(container.querySelectorAll('.recharts-line.is-muted')).toHaveLength(3);
    const band = container.querySelectorAll('.recharts-reference-area-rect');
    expect([...band].map((rect) => rect.getAttribute('y2'))).toEqual(['0.8']);
    const threshold = container.querySelector('.recharts-reference-line-line');
    expect(threshold?.getAttribute('y')).toBe('20');
    expect(threshold?.getAttribute('stroke-dasharray')).toMatch(/^\d/);
    expect(container.querySelector('.recharts-label')?.textContent).toBe('drempel 20');
  });

  it('sums it up as its accessible name', () => {
    draw(spike);
    expect(
      screen.getByRole('img', {
        name:
          "Toename 'Code niet ontvangen'. Meldingen per subcategorie, aantal in de voorgaande 60 min, " +
          "elke minuut, 13:00–16:00. 'Code niet ontvangen': 26 in 60 min · drempel 20 · normaal 0,8. " +
          "'Inloggen met DigiD': 4. 'Afspraak wijzigen': 3. '(geen subcategorie)': 1.",
      }),
    ).toBeTruthy();
  });

  it('speaks English, TOPdesk names as they are', () => {
    const { container } = draw(spike, 'en');
    const chart = screen.getByRole('img', { name: /^Rise in 'Code niet ontvangen'\. Reports per/ });
    expect(within(chart).getByText("Rise in 'Code niet ontvangen'")).toBeTruthy();
    expect(within(chart).getByText('26 in 60 min · threshold 20 · normal 0.8')).toBeTruthy();
    expect(within(chart).getByText('(no subcategory)')).toBeTruthy();
    expect(container.querySelector('.recharts-label')?.textContent).toBe('threshold 20');
  });

  it('without a spike, titles by grouping and shows the busiest one’s band, nothing muted', () => {
    const { container } = draw(calm);
    expect(screen.getByText('Meldingen per subcategorie')).toBeTruthy();
    expect(legend().filter((item) => item.emphasised || item.muted)).toEqual([]);
    expect(legend()[0]?.text).toBe('Inloggen met DigiD4 in 60 min · drempel 20 · normaal 4,2');
    expect(container.querySelectorAll('.recharts-reference-area-rect')).toHaveLength(1);
  });

  it('names a missing category as such when grouping by category', () => {
    draw({ ...calm, by: 'category' });
    expect(screen.getByText('Meldingen per categorie')).toBeTruthy();
    expect(screen.getByText('(geen categorie)')).toBeTruthy();
  });

  it('says "geen gegevens" instead of an empty box', () => {
    const { container } = draw(null);
    expect(
      screen.getByRole('img', { name: 'Meldingen per subcategorie: geen gegevens' }),
    ).toBeTruthy();
    expect(screen.getByText('geen gegevens')).toBeTruthy();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    cleanup();
    draw({ ...calm, series: calm.series.map((series) => ({ ...series, points: [] })) }, 'en');
    expect(screen.getByText('no data')).toBeTruthy();
  });

  it('puts its time ticks on round times of the war room’s clock', () => {
    const { container } = draw(spike);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')];
    expect(ticks.map((tick) => tick.textContent)).toEqual([
      '13:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
    ]);
  });

  it('scales its lines and axes with the wall’s font: 3840 px draws them twice as wide', () => {
    const { container } = draw(spike);
    const yAxis = () => container.querySelector('.recharts-yAxis line')?.getAttribute('x1');
    const [thick, axis] = [lineWidth(container, 'Code niet ontvangen'), Number(yAxis())];
    cleanup();
    const big = renderChart(
      <HelpdeskChart
        chart={spike}
        timeZone={SAMPLE_TIME_ZONE}
        size={{ width: 2 * WALL_CELL.width, height: 2 * WALL_CELL.height, em: 40 }}
      />,
    );
    expect(lineWidth(big.container, 'Code niet ontvangen')).toBeCloseTo(2 * thick);
    expect(
      Number(big.container.querySelector('.recharts-yAxis line')?.getAttribute('x1')),
    ).toBeCloseTo(2 * axis);
  });
});
