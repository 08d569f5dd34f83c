import { describe, expect, it } from 'vitest';
import { wallChartsSchema } from '../../shared/charts/chart-schema.ts';
import { sampleCharts, sampleHelpdeskSeries, sampleQuery } from './testing/sample-charts.ts';

describe('the charts’ sample data', () => {
  it('meets the contract, so the tests draw what main can send', () => {
    expect(wallChartsSchema.parse(sampleCharts)).toEqual(sampleCharts);
  });

  it('is the launch afternoon it claims', () => {
    const { code } = sampleHelpdeskSeries;
    expect([code.points.at(-1)?.count, code.expected, code.threshold]).toEqual([26, 0.8, 20]);
    expect(Math.max(...code.points.slice(0, 120).map((point) => point.count))).toBe(1);
    const window = sampleQuery.points.slice(-sampleQuery.windowMinutes);
    expect(window.reduce((sum, point) => sum + point.count, 0)).toBe(sampleQuery.count);
  });
});
