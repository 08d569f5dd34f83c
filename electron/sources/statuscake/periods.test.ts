import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { openPeriod, parsePeriodsPage, type PeriodsPage } from './periods.ts';
import { mutation, validPeriodsPage } from './testing/arbitraries.ts';

const PAGE = {
  data: [
    { created_at: '2026-11-28T09:56:00Z', status: 'down' },
    {
      created_at: '2026-11-20T08:00:00+01:00',
      ended_at: '2026-11-28T09:56:00Z',
      duration: 1,
      status: 'up',
    },
  ],
  links: {
    self: 'https://api.statuscake.com/v1/uptime/1/periods',
    next: 'https://api.statuscake.com/v1/uptime/1/periods?before=1763622000&limit=10',
  },
};

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function assertWellFormed(page: PeriodsPage): void {
  for (const period of page.periods) {
    assert.match(period.startedAt, ISO_UTC);
    if (period.endedAt !== null) assert.match(period.endedAt, ISO_UTC);
    assert.ok(period.status === 'up' || period.status === 'down');
  }
  if (page.nextBefore !== null) assert.match(page.nextBefore, /^\d{1,12}$/);
}

function assertValidOrError(value: unknown): void {
  const result = parsePeriodsPage(value);
  if (result.ok) assertWellFormed(result.value);
  else assert.equal(typeof result.error, 'string');
}

describe('parsePeriodsPage', () => {
  it('reads periods in UTC and the before cursor of links.next', () => {
    const result = parsePeriodsPage(PAGE);
    assert.ok(result.ok);
    assert.deepEqual(result.value.periods[1], {
      status: 'up',
      startedAt: '2026-11-20T07:00:00.000Z',
      endedAt: '2026-11-28T09:56:00.000Z',
    });
    assert.equal(result.value.nextBefore, '1763622000');
    assert.equal(openPeriod(result.value.periods)?.startedAt, '2026-11-28T09:56:00.000Z');
  });

  it('has no next page without links.next, and steps back from the oldest period without before', () => {
    const last = parsePeriodsPage({ data: PAGE.data, links: { self: 'x' } });
    assert.ok(last.ok);
    assert.equal(last.value.nextBefore, null);
    const bare = parsePeriodsPage({
      data: PAGE.data,
      links: { self: 'x', next: '/v1/uptime/1/periods?page=2' },
    });
    assert.ok(bare.ok);
    assert.equal(bare.value.nextBefore, String(Date.parse('2026-11-20T07:00:00Z') / 1000));
  });

  it('refuses impossible dates and unknown statuses', () => {
    for (const bad of [
      { created_at: '2026-02-30T00:00:00Z', status: 'down' },
      { created_at: '2026-11-28T09:56:00Z', status: 'Down' },
    ]) {
      assert.ok(!parsePeriodsPage({ data: [bad], links: { self: 'x' } }).ok);
    }
  });

  it('never throws and yields only well-formed periods on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assertValidOrError(value)),
      { numRuns: 10_000 },
    );
  });

  it('accepts every valid page whole', () => {
    fc.assert(
      fc.property(validPeriodsPage, (page) => {
        const result = parsePeriodsPage(page);
        assert.ok(result.ok);
        assert.equal(result.value.periods.length, page.data.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws and yields only well-formed periods on mutated valid pages', () => {
    fc.assert(
      fc.property(validPeriodsPage.chain(mutation), (value) => assertValidOrError(value)),
      { numRuns: 5_000 },
    );
  });
});
