import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MINUTE,
  ago,
  at,
  check,
  evaluate,
  marksOf,
  ticketsBetween,
} from './testing/rule-fixtures.ts';

/**
 * A mark held by clearAfter tells the truth: what is true now, its peak apart, since when it
 * is only held and when it clears if all stays quiet — never a frozen figure as if current.
 */
describe('held marks', () => {
  // 30 Bluetooth reports in 6 minutes: a spike (the default helpdesk rule, clearAfter 10 min).
  const burst = ticketsBetween(30, ago(6 * MINUTE), at(0), { subcategory: 'Bluetooth' });

  it('a spike that ended shows its count now and its peak, and when it clears', () => {
    const raised = evaluate({ tickets: burst });
    const [spike] = marksOf(raised, 'helpdesk');
    assert.ok(spike && spike.held === null);
    const still = evaluate({ tickets: burst, state: raised.state, now: new Date(at(50 * MINUTE)) });
    // 58 minutes on, most of the burst has left the 60-minute window: the condition is gone.
    const quiet = evaluate({ tickets: burst, state: still.state, now: new Date(at(58 * MINUTE)) });
    const [held] = marksOf(quiet, 'helpdesk');
    assert.ok(held?.evidence.kind === 'ticket-spike');
    assert.equal(held.since, spike.since, 'since never moves');
    assert.equal(held.evidence.count, 9, 'the reports still in the window now');
    assert.equal(held.evidence.peak.count, 30);
    assert.deepEqual(held.held, { since: at(50 * MINUTE), clearsAt: at(60 * MINUTE) });
    assert.match(
      held.summary,
      /^Toename "Bluetooth" voorbij: nu 9 in het laatste uur, piek 30 in 6 min om \d\d:\d\d .*wordt opgeheven om \d\d:\d\d als het rustig blijft$/,
    );
  });

  it('clears once the condition has been gone for clearAfter', () => {
    const raised = evaluate({ tickets: burst });
    const still = evaluate({ tickets: burst, state: raised.state, now: new Date(at(50 * MINUTE)) });
    const gone = evaluate({ tickets: burst, state: still.state, now: new Date(at(58 * MINUTE)) });
    assert.equal(marksOf(gone, 'helpdesk').length, 1, 'held: gone for less than clearAfter');
    const cleared = evaluate({ tickets: burst, state: gone.state, now: new Date(at(60 * MINUTE)) });
    assert.deepEqual(marksOf(cleared, 'helpdesk'), []);
  });

  it('a check back up says so, and until when it is held', () => {
    const down = check({ tags: ['website'], status: 'down', downSince: ago(5 * MINUTE) });
    const raised = evaluate({ checks: [down] });
    const up = evaluate({
      checks: [{ ...down, status: 'up', downSince: null }],
      state: raised.state,
      now: new Date(at(MINUTE)),
    });
    const [held] = marksOf(up, 'website');
    assert.deepEqual(held?.held, { since: at(0), clearsAt: at(2 * MINUTE) });
    assert.match(
      held?.summary ?? '',
      /weer bereikbaar sinds \d\d:\d\d \(was 5 min onbereikbaar\) — wordt opgeheven om/,
    );
  });

  it('an active mark is never held', () => {
    const raised = evaluate({ tickets: burst });
    assert.ok(marksOf(raised, 'helpdesk').every((mark) => mark.held === null));
  });
});
