import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMoment, fromLocalInput, toLocalInput } from './local-time.ts';

const AMSTERDAM = 'Europe/Amsterdam';

describe('a datetime-local value on the war room’s clock', () => {
  it('reads an instant on the zone’s wall clock, whatever the machine’s zone', () => {
    assert.equal(toLocalInput('2026-11-29T13:05:00.000Z', AMSTERDAM), '2026-11-29T14:05');
    assert.equal(toLocalInput('2026-07-01T22:30:00.000Z', AMSTERDAM), '2026-07-02T00:30');
    assert.equal(toLocalInput('2026-11-29T13:05:00.000Z', 'America/New_York'), '2026-11-29T08:05');
  });

  it('turns a typed time back into that instant, summer and winter', () => {
    assert.deepEqual(fromLocalInput('2026-11-29T14:05', AMSTERDAM), {
      ok: true,
      at: '2026-11-29T13:05:00.000Z',
      ambiguous: false,
    });
    assert.deepEqual(fromLocalInput('2026-07-02T00:30', AMSTERDAM), {
      ok: true,
      at: '2026-07-01T22:30:00.000Z',
      ambiguous: false,
    });
  });

  it('refuses the hour the clocks skip (29 Mar 2026, 02:00–03:00)', () => {
    assert.deepEqual(fromLocalInput('2026-03-29T02:30', AMSTERDAM), {
      ok: false,
      problem: 'nonexistent',
    });
    assert.equal(fromLocalInput('2026-03-29T03:00', AMSTERDAM).ok, true);
  });

  it('takes the earlier of the hour the clocks repeat (25 Oct 2026), and says so', () => {
    // 02:30 CEST is 00:30 UTC; 02:30 CET would be 01:30 UTC, a later deadline.
    assert.deepEqual(fromLocalInput('2026-10-25T02:30', AMSTERDAM), {
      ok: true,
      at: '2026-10-25T00:30:00.000Z',
      ambiguous: true,
    });
  });

  it('refuses what is not a date and a time', () => {
    for (const value of ['', '2026-11-29', '2026-02-30T10:00', '2026-11-29T24:00', 'morgen'])
      assert.deepEqual(fromLocalInput(value, AMSTERDAM), { ok: false, problem: 'format' }, value);
  });
});

describe('a moment for people', () => {
  it('says the day and the time on the zone’s clock, in either language', () => {
    const at = '2026-12-02T13:00:00.000Z';
    assert.equal(formatMoment(at, 'nl', AMSTERDAM), 'wo 2 dec 14:00');
    assert.equal(formatMoment(at, 'en', AMSTERDAM), 'Wed 2 Dec 14:00');
    assert.equal(formatMoment(at, 'nl', AMSTERDAM, { year: true }), 'wo 2 dec 2026 14:00');
    assert.equal(formatMoment(at, 'en', AMSTERDAM, { zone: true }), 'Wed 2 Dec 14:00 CET');
  });
});
