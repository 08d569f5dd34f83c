import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDuration, parseDuration } from './duration.ts';

describe('parseDuration', () => {
  const accepted: [string, number][] = [
    ['0ms', 0],
    ['1ms', 1],
    ['500ms', 500],
    ['999ms', 999],
    ['0s', 0],
    ['1s', 1_000],
    ['30s', 30_000],
    ['60s', 60_000],
    ['2m', 120_000],
    ['15m', 900_000],
    ['60m', 3_600_000],
    ['1h', 3_600_000],
    ['6h', 21_600_000],
    ['1d', 86_400_000],
    ['  15m  ', 900_000],
    ['007s', 7_000],
  ];
  for (const [text, ms] of accepted) {
    it(`reads ${JSON.stringify(text)} as ${ms} ms`, () => assert.equal(parseDuration(text), ms));
  }

  const rejected = [
    '5 minutes',
    '',
    ' ',
    '-1s',
    '+1s',
    '1.5h',
    '0.5s',
    '.5s',
    '1',
    's',
    '15M',
    '1w',
    '1y',
    '1h30m',
    '1 h',
    '1e3ms',
    '0x10s',
    'NaN s',
    '99999999999999999999d', // beyond Number.MAX_SAFE_INTEGER milliseconds
  ];
  for (const text of rejected) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(parseDuration(text), null));
  }
});

describe('formatDuration', () => {
  const cases: [number, string][] = [
    [0, '0ms'],
    [1, '1ms'],
    [999, '999ms'],
    [1_000, '1s'],
    [1_500, '1500ms'],
    [59_000, '59s'],
    [60_000, '1m'],
    [90_000, '90s'],
    [5_400_000, '90m'],
    [3_600_000, '1h'],
    [21_600_000, '6h'],
    [86_400_000, '1d'],
    [90_000_000, '25h'],
    [172_800_000, '2d'],
  ];
  for (const [ms, text] of cases) {
    it(`spells ${ms} ms as ${text}`, () => assert.equal(formatDuration(ms), text));
  }

  it('round-trips through parseDuration for any whole number of milliseconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        (ms) => parseDuration(formatDuration(ms)) === ms,
      ),
    );
  });

  it('gives the shortest spelling: no larger unit also divides the duration', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(1_000, 60_000, 3_600_000, 86_400_000),
        (count, unit) => {
          const text = formatDuration(count * unit);
          return (
            text.length <=
            `${count}${unit === 1_000 ? 's' : unit === 60_000 ? 'm' : unit === 3_600_000 ? 'h' : 'd'}`
              .length
          );
        },
      ),
    );
  });
});
