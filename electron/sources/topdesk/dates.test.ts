import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatTopdeskDate } from '../../simulator/topdesk/json.ts';
import { formatFiqlDate, parseTopdeskDate } from './dates.ts';

describe('parseTopdeskDate', () => {
  const accepted: [string, string][] = [
    ['2021-02-11T06:32:36.303+0000', '2021-02-11T06:32:36.303Z'],
    ['2021-02-11T07:32:36.303+0100', '2021-02-11T06:32:36.303Z'],
    ['2021-02-11T01:02:36.303-0530', '2021-02-11T06:32:36.303Z'],
    ['2021-02-11T07:32:36.303+01:00', '2021-02-11T06:32:36.303Z'],
    ['2021-02-11T06:32:36Z', '2021-02-11T06:32:36.000Z'],
    ['2021-02-11T06:32:36.3+0000', '2021-02-11T06:32:36.300Z'],
    ['2021-02-11T06:32:36.303999+0000', '2021-02-11T06:32:36.303Z'],
    ['2021-01-01T00:30:00.000+0100', '2020-12-31T23:30:00.000Z'],
    ['2024-02-29T12:00:00.000+0000', '2024-02-29T12:00:00.000Z'],
  ];
  for (const [text, iso] of accepted)
    it(`reads ${text}`, () => assert.equal(parseTopdeskDate(text), iso));

  const refused = [
    '',
    '2021-02-11T06:32:36.303',
    '2021-02-11 06:32:36.303+0000',
    '2021-02-11T06:32:36.303 0000',
    '2021-02-11T06:32:36.303+000',
    '2021-02-11T06:32:36.303+1900',
    '2021-02-11T06:32:36.303+0160',
    '2021-13-11T06:32:36.303+0000',
    '2021-02-30T06:32:36.303+0000',
    '2023-02-29T06:32:36.303+0000',
    '2021-02-11T24:00:00.000+0000',
    '2021-02-11T06:60:00.000+0000',
    '2021-02-11T06:32:60.000+0000',
    '0099-02-11T06:32:36.303+0000',
    '9999-12-31T23:00:00.000-0500',
    '2021-02-11T06:32:36.303+0000 ',
    'Thu, 11 Feb 2021 06:32:36 GMT',
    '1613025156303',
  ];
  for (const text of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => assert.equal(parseTopdeskDate(text), null));
  }

  it('reads back every instant the simulator writes, in any offset', () => {
    const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });
    const offsets = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instants, offsets, (ms, offset) => {
        assert.equal(parseTopdeskDate(formatTopdeskDate(ms, offset)), new Date(ms).toISOString());
      }),
    );
  });

  it('never throws and yields only ISO UTC strings on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const iso = parseTopdeskDate(text);
        assert.ok(iso === null || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso));
      }),
    );
  });
});

describe('formatFiqlDate', () => {
  it('writes whole seconds with a +0000 offset', () => {
    assert.equal(formatFiqlDate(new Date('2026-11-28T09:40:13.303Z')), '2026-11-28T09:40:13+0000');
  });
});
