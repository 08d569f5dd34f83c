import { describe, expect, it } from 'vitest';
import { formatNumber, quoteNames } from './chart-format.ts';

describe('chart numbers', () => {
  it('writes counts and rates as the reader does, small rates never as 0', () => {
    expect([150, 10, 12.5, 0.8, 0.5 / 15, 0].map((value) => formatNumber(value, 'nl'))).toEqual([
      '150',
      '10',
      '12,5',
      '0,8',
      '0,033',
      '0',
    ]);
    expect(formatNumber(0.5 / 15, 'en')).toBe('0.033');
    expect(formatNumber(1500, 'en')).toBe('1,500');
  });

  it('quotes names', () => {
    expect(quoteNames(['Code niet ontvangen', 'Inloggen'])).toBe(
      "'Code niet ontvangen', 'Inloggen'",
    );
  });
});
