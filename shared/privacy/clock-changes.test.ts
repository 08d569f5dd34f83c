import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planAwareness, planDecision, planStart, PrivacyClockError } from './clock-changes.ts';
import { privacyClockSchema, type PrivacyClock } from './clock-schema.ts';
import type { PrivacyIncident } from './incidents.ts';
import { sampleClock, sampleDecision } from './testing/sample-clocks.ts';

const HOUR = 3_600_000;
const CALLED = '2026-11-29T12:00:00.000Z'; // 13:00 in Amsterdam
const NOW = Date.parse('2026-11-29T13:05:00.000Z');
const context = { now: NOW, timeZone: 'Europe/Amsterdam', domainTitle: 'Privacy' };
const recorded = (seq: number, at = new Date(NOW).toISOString(), actor = 'Anna') => ({
  seq,
  at,
  actor,
});

const incident: PrivacyIncident = {
  key: 'ticket:t-1',
  ref: { kind: 'ticket', ticketId: 't-1', number: 'I 2611 042' },
  title: 'Persoonsgegevens zichtbaar',
  defaultAwareness: { at: CALLED, source: 'call-date' },
};

describe('starting a clock', () => {
  it('logs a note with the moment of awareness and the deadline, on the war room’s clock', () => {
    const plan = planStart([], incident, context);
    assert.equal(plan.kind, 'note');
    assert.equal(plan.corrects, null);
    assert.equal(
      plan.summary,
      'Privacy: AP-meldtermijn (72 uur) gestart voor melding I 2611 042: bewust sinds zo 29 nov 2026 13:00 (meldingsdatum), melden vóór wo 2 dec 2026 13:00',
    );
  });

  it('counts from the call date, by whoever logged it, as that event', () => {
    const [clock] = planStart([], incident, context).apply(recorded(7));
    assert.ok(clock);
    privacyClockSchema.parse(clock);
    assert.deepEqual(clock.started, { at: '2026-11-29T13:05:00.000Z', by: 'Anna', seq: 7 });
    assert.deepEqual(clock.awareness, {
      at: CALLED,
      source: 'call-date',
      reason: null,
      by: 'Anna',
      seq: 7,
      recordedAt: '2026-11-29T13:05:00.000Z',
      changes: 0,
    });
    assert.equal(clock.decision, null);
  });

  it('is refused for an incident that has one already', () => {
    const clocks = planStart([], incident, context).apply(recorded(7));
    assert.throws(
      () => planStart(clocks, incident, context),
      (error: unknown) =>
        error instanceof PrivacyClockError &&
        /started already, at zo 29 nov 2026 14:05 by Anna/.test(error.message),
    );
  });
});

describe('changing the moment of awareness', () => {
  const clock = sampleClock(CALLED, { awareness: { ...sampleClock(CALLED).awareness, seq: 7 } });
  const request = (at: string, reason = 'FG wist het al om 10:00') => ({
    clockId: clock.id,
    at,
    reason,
  });

  it('logs a note that corrects the one it replaces, with the new deadline and the reason', () => {
    const plan = planAwareness([clock], request('2026-11-29T09:00:00.000Z'), context);
    assert.equal(plan.kind, 'note');
    assert.equal(plan.corrects, 7);
    assert.equal(
      plan.summary,
      'Privacy: moment van bewustwording voor melding I 2611 042 gewijzigd van zo 29 nov 2026 13:00 naar zo 29 nov 2026 10:00, melden nu vóór wo 2 dec 2026 10:00 — FG wist het al om 10:00',
    );
    const [changed] = plan.apply(recorded(8, undefined, 'Bram'));
    assert.deepEqual(changed?.awareness, {
      at: '2026-11-29T09:00:00.000Z',
      source: 'edited',
      reason: 'FG wist het al om 10:00',
      by: 'Bram',
      seq: 8,
      recordedAt: '2026-11-29T13:05:00.000Z',
      changes: 1,
    });
    assert.deepEqual(changed?.started, clock.started);
  });

  it('refuses the future, more than a month back, the same moment, and a decided clock', () => {
    const refused = (clocks: PrivacyClock[], at: string, why: RegExp) =>
      assert.throws(() => planAwareness(clocks, request(at), context), why);
    refused([clock], new Date(NOW + 2 * 60_000).toISOString(), /in the future/);
    refused([clock], new Date(NOW - 32 * 24 * HOUR).toISOString(), /31 days/);
    refused([clock], CALLED, /already/);
    const decided = { ...clock, decision: sampleDecision('2026-11-29T13:00:00.000Z') };
    refused([decided], '2026-11-29T09:00:00.000Z', /stopped/);
    assert.throws(
      () => planAwareness([], request('2026-11-29T09:00:00.000Z'), context),
      /no privacy clock/,
    );
  });

  it('allows a minute of difference between the seat’s clock and the source’s', () => {
    const plan = planAwareness([clock], request(new Date(NOW + 30_000).toISOString()), context);
    assert.equal(plan.corrects, 7);
  });
});

describe('the AP decision', () => {
  const clock = sampleClock(CALLED);

  it('logs a decision with yes or no, how long after awareness, and why; it stops the clock', () => {
    const plan = planDecision(
      [clock],
      { clockId: clock.id, notify: true, reason: 'BSN’s gelekt' },
      context,
    );
    assert.equal(plan.kind, 'decision');
    assert.equal(plan.corrects, null);
    assert.equal(
      plan.summary,
      'Privacy: melden bij de AP: ja (melding I 2611 042, besloten 1 uur 5 min na bewustwording, termijn tot wo 2 dec 2026 13:00) — BSN’s gelekt',
    );
    const [decided] = plan.apply(recorded(9, undefined, 'Bram'));
    assert.deepEqual(decided?.decision, {
      notify: true,
      reason: 'BSN’s gelekt',
      at: '2026-11-29T13:05:00.000Z',
      by: 'Bram',
      seq: 9,
      corrections: 0,
    });
  });

  it('says when it came after the deadline', () => {
    const late = { ...context, now: Date.parse(CALLED) + 75 * HOUR };
    const plan = planDecision(
      [clock],
      { clockId: clock.id, notify: false, reason: 'geen risico' },
      late,
    );
    assert.match(
      plan.summary,
      /melden bij de AP: nee \(.*besloten 75 uur 0 min na bewustwording, 3 uur 0 min na de termijn/,
    );
  });

  it('can be corrected: a new decision that names the one it corrects', () => {
    const decided = { ...clock, decision: sampleDecision('2026-11-29T12:30:00.000Z', false, 9) };
    const plan = planDecision(
      [decided],
      { clockId: clock.id, notify: true, reason: 'toch wel' },
      context,
    );
    assert.equal(plan.corrects, 9);
    assert.match(plan.summary, /^Privacy: besluit gecorrigeerd: melden bij de AP: ja/);
    const [corrected] = plan.apply(recorded(11));
    assert.equal(corrected?.decision?.corrections, 1);
    assert.equal(corrected?.decision?.notify, true);
  });
});
