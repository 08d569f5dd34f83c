import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleConfig } from '../config/rules-schema.ts';
import type { Finding } from './finding.ts';
import { applyHysteresis } from './hysteresis.ts';
import { emptyRuleState, trackingKey, type RuleState } from './rule-state.ts';
import {
  ALL_SOURCE_IDS,
  MINUTE,
  NOW,
  SECOND,
  at,
  check,
  evaluate,
  marksOf,
  ruleOf,
  ticket,
} from './testing/rule-fixtures.ts';

const CHECK_RULE = ruleOf('check-down', '{ for: 2m, clearAfter: 5m }');
const KEY = trackingKey('website', 0, 'c-1');

/** A check-down finding for check c-1, down since `since` (ms from NOW, or null). */
function finding(since: number | null): Finding {
  const downSince = since === null ? NOW.toISOString() : at(since);
  return {
    key: 'c-1',
    active: true,
    since: since === null ? null : at(since),
    evidence: {
      kind: 'check-down',
      check: { id: 'c-1', name: 'coronamelder.nl', url: 'https://coronamelder.nl' },
      downSince,
      downForMs: 0,
    },
  };
}

function step(
  previous: RuleState,
  nowMs: number,
  findings: Finding[] | null,
  rule: RuleConfig = CHECK_RULE,
): RuleState {
  return applyHysteresis(previous, {
    domain: 'website',
    ruleIndex: 0,
    rule,
    findings,
    now: new Date(at(nowMs)),
  });
}
const raised = (state: RuleState) => state.get(KEY)?.raisedAt ?? null;

describe('hysteresis: rising', () => {
  it('a finding below `for` is tracked, not a mark', () => {
    const state = step(emptyRuleState, 0, [finding(-2 * MINUTE + 1)]);
    assert.equal(state.get(KEY)?.since, at(-2 * MINUTE + 1));
    assert.equal(raised(state), null);
  });

  it('held for exactly `for`: raised now', () => {
    assert.equal(raised(step(emptyRuleState, 0, [finding(-2 * MINUTE)])), at(0));
  });

  it('a tracked finding rises at the first evaluation after it has held for `for`', () => {
    let state = step(emptyRuleState, 0, [finding(-MINUTE)]);
    state = step(state, 59 * SECOND, [finding(-MINUTE)]);
    assert.equal(raised(state), null);
    state = step(state, 60 * SECOND, [finding(-MINUTE)]);
    assert.equal(raised(state), at(60 * SECOND));
  });

  it('no source time: `for` counts from first seen', () => {
    let state = step(emptyRuleState, 0, [finding(null)]);
    assert.equal(state.get(KEY)?.since, at(0));
    state = step(state, 2 * MINUTE - 1, [finding(null)]);
    assert.equal(raised(state), null);
    state = step(state, 2 * MINUTE, [finding(null)]);
    assert.equal(raised(state), at(2 * MINUTE));
    assert.equal(state.get(KEY)?.since, at(0));
  });

  it('a tracked finding that goes away before `for` is forgotten at once', () => {
    let state = step(emptyRuleState, 0, [finding(-MINUTE)]);
    state = step(state, 30 * SECOND, []);
    assert.equal(state.has(KEY), false);
  });

  it('the mark carries the rule, severity and the newest evidence', () => {
    const state = step(emptyRuleState, 0, [finding(-3 * MINUTE)]);
    const tracked = state.get(KEY);
    assert.equal(tracked?.rule, 'check-down');
    assert.equal(tracked?.severity, 'critical');
    assert.equal(tracked?.lastSeen, at(0));
    assert.equal(tracked?.evidence.kind, 'check-down');
  });
});

describe('hysteresis: clearing', () => {
  const up = step(emptyRuleState, 0, [finding(-3 * MINUTE)]);

  it('gone for clearAfter less 1 ms: still a mark', () => {
    assert.equal(raised(step(up, 5 * MINUTE - 1, [])), at(0));
  });

  it('gone for clearAfter since last seen: cleared', () => {
    assert.equal(step(up, 5 * MINUTE, []).has(KEY), false);
  });

  it('clearAfter counts from the last evaluation that saw it, not from raising', () => {
    let state = step(up, 4 * MINUTE, [finding(-3 * MINUTE)]);
    state = step(state, 8 * MINUTE, []);
    assert.equal(raised(state), at(0));
    assert.equal(step(state, 9 * MINUTE, []).has(KEY), false);
  });

  it('flapping off for less than clearAfter keeps the mark with the same since', () => {
    // Down since -3m, raised at 0; up at +1m; down again (a new StatusCake period) at +3m.
    let state = step(up, MINUTE, []);
    state = step(state, 3 * MINUTE, [finding(3 * MINUTE - 10 * SECOND)]);
    assert.equal(raised(state), at(0));
    assert.equal(state.get(KEY)?.since, at(-3 * MINUTE));
  });

  const defaults: [RuleConfig, number][] = [
    [ruleOf('ticket-open', '{ categories: [X] }'), 0],
    [ruleOf('check-down', '{}'), 2 * MINUTE],
    [ruleOf('alert-firing', '{ labels: {} }'), 2 * MINUTE],
    [ruleOf('query-threshold', '{ query: q, threshold: 1 }'), 5 * MINUTE],
    [
      ruleOf(
        'ticket-spike',
        '{ by: subcategory, window: 1h, baseline: 6h, factor: 3, minCount: 20 }',
      ),
      10 * MINUTE,
    ],
  ];
  for (const [rule, clearAfter] of defaults) {
    it(`${rule.kind} clears by default after ${clearAfter / MINUTE} min`, () => {
      const state = step(emptyRuleState, 0, [finding(-3 * MINUTE)], rule);
      if (clearAfter > 0) assert.equal(raised(step(state, clearAfter - 1, [], rule)), at(0));
      assert.equal(step(state, clearAfter, [], rule).has(KEY), false);
    });
  }
});

describe('hysteresis: not evaluable (findings null)', () => {
  it('a mark does not clear, however long the data is missing', () => {
    const up = step(emptyRuleState, 0, [finding(-3 * MINUTE)]);
    const later = step(up, 60 * MINUTE, null);
    assert.deepEqual(later.get(KEY), up.get(KEY));
  });

  it('a tracked finding does not rise, though it would have held by now', () => {
    const pending = step(emptyRuleState, 0, [finding(-MINUTE)]);
    assert.equal(raised(step(pending, 10 * MINUTE, null)), null);
  });

  it('once evaluable again, a finding that is gone clears (its last sighting is old)', () => {
    const up = step(emptyRuleState, 0, [finding(-3 * MINUTE)]);
    assert.equal(step(step(up, 60 * MINUTE, null), 61 * MINUTE, []).has(KEY), false);
  });

  it('only the rule’s own entries come back', () => {
    const other = new Map([
      [
        trackingKey('website', 1, 'x'),
        { ...step(emptyRuleState, 0, [finding(-3 * MINUTE)]).get(KEY)! },
      ],
    ]);
    assert.equal(step(other, 0, null).size, 0);
  });
});

describe('hysteresis through evaluateRules and source freshness', () => {
  const NOT_SC = new Set([...ALL_SOURCE_IDS].filter((id) => id !== 'sc'));
  const site = check({ status: 'down', downSince: at(-3 * MINUTE) });

  it('signals of a source that is not fresh raise nothing', () => {
    assert.equal(marksOf(evaluate({ checks: [site], fresh: NOT_SC }), 'website').length, 0);
  });

  it('a mark stays while its source is not fresh, even with the check up in the last data', () => {
    const first = evaluate({ checks: [site] });
    assert.equal(marksOf(first, 'website').length, 1);
    const stale = evaluate({
      checks: [],
      fresh: NOT_SC,
      now: new Date(at(60 * MINUTE)),
      state: first.state,
    });
    assert.deepEqual(marksOf(stale, 'website'), marksOf(first, 'website'));
    const back = evaluate({ checks: [], now: new Date(at(61 * MINUTE)), state: stale.state });
    assert.equal(marksOf(back, 'website').length, 0);
  });

  it('a tracked check does not rise while its source is not fresh; it does when fresh again', () => {
    const young = check({ status: 'down', downSince: at(-MINUTE) });
    const first = evaluate({ checks: [young] });
    assert.equal(marksOf(first, 'website').length, 0);
    const stale = evaluate({
      checks: [young],
      fresh: NOT_SC,
      now: new Date(at(5 * MINUTE)),
      state: first.state,
    });
    assert.equal(marksOf(stale, 'website').length, 0);
    const fresh = evaluate({ checks: [young], now: new Date(at(6 * MINUTE)), state: stale.state });
    assert.equal(marksOf(fresh, 'website')[0]?.since, at(-MINUTE));
  });

  it('one stale source leaves the marks of the others to clear normally', () => {
    const p1 = ticket({ priority: 'P1 - Kritiek', category: 'Helpdesk' });
    const first = evaluate({ checks: [site], tickets: [p1] });
    assert.equal(marksOf(first, 'escalation').length, 1);
    const next = evaluate({
      checks: [],
      tickets: [{ ...p1, closed: true }],
      fresh: NOT_SC,
      state: first.state,
      now: new Date(at(MINUTE)),
    });
    assert.equal(marksOf(next, 'escalation').length, 0);
    assert.equal(marksOf(next, 'website').length, 1);
  });
});
