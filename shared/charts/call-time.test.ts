import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { instantOf, textOutside } from './call-time.ts';

const instants = fc.integer({ min: Date.parse('0000-01-01'), max: Date.parse('9999-12-31') });

describe('instantOf', () => {
  it('reads the toISOString form as Date.parse does', () => {
    fc.assert(
      fc.property(instants, (ms) => assert.equal(instantOf(new Date(ms).toISOString()), ms)),
    );
  });

  it('leaves other forms to Date.parse: offsets, no milliseconds', () => {
    for (const date of [
      '2020-10-10T13:10:00+02:00',
      '2020-10-10T11:10:00Z',
      '2020-10-10T11:10:00.5Z',
    ]) {
      assert.equal(instantOf(date), Date.parse(date), date);
    }
  });

  it('is NaN for what is no date', () => assert.ok(Number.isNaN(instantOf('not a date'))));
});

describe('textOutside', () => {
  const from = Date.parse('2020-10-10T10:00:00.000Z');
  const to = Date.parse('2020-10-10T12:00:00.000Z');
  const outside = textOutside(from, to);

  it('tells (from, to] by text for the toISOString form', () => {
    assert.equal(outside('2020-10-10T10:00:00.000Z'), true);
    assert.equal(outside('2020-10-10T10:00:00.001Z'), false);
    assert.equal(outside('2020-10-10T12:00:00.000Z'), false);
    assert.equal(outside('2020-10-10T12:00:00.001Z'), true);
  });

  it('never rules out another form: the exact test decides', () => {
    assert.equal(outside('2020-10-10T08:00:00+02:00'), false);
    assert.equal(outside('2020-10-09T08:00:00Z'), false);
  });
});
