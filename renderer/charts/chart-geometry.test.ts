import { describe, expect, it } from 'vitest';
import { plotGeometry, yScale } from './chart-geometry.ts';

describe('chart geometry', () => {
  it('rounds the y axis up to whole steps of 1, 2 or 5', () => {
    expect(yScale([26, 20])).toEqual({ max: 30, ticks: [0, 10, 20, 30] });
    expect(yScale([16, 10])).toEqual({ max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(yScale([0, 0.033])).toEqual({ max: 1, ticks: [0, 1] });
    expect(yScale([])).toEqual({ max: 1, ticks: [0, 1] });
    expect(yScale([1700]).ticks).toEqual([0, 500, 1000, 1500, 2000]);
  });

  it('makes room for the axes in proportion to the font', () => {
    const small = plotGeometry({ width: 900, height: 400, em: 20 }, '30');
    const large = plotGeometry({ width: 1800, height: 800, em: 40 }, '30');
    expect(large.yAxisWidth).toBeCloseTo(2 * small.yAxisWidth);
    expect(large.xAxisHeight).toBeCloseTo(2 * small.xAxisHeight);
    expect(large.maxXTicks).toBe(small.maxXTicks);
  });
});
