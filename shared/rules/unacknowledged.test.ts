import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mark } from '../snapshot/snapshot-schema.ts';
import type { EvidenceOf } from '../marks/evidence.ts';
import { trackingKey, type RuleState, type TrackedFinding } from './rule-state.ts';
import { HOUR, MINUTE, NOW, ago, at, evaluate, marksOf, ticket } from './testing/rule-fixtures.ts';
import { evaluateUnacknowledged } from './unacknowledged.ts';

const EVIDENCE: EvidenceOf<'check-down'> = {
  kind: 'check-down',
  check: { id: 'c', name: 'coronamelder.nl', url: 'https://coronamelder.nl' },
  downSince: ago(HOUR),
  downForMs: HOUR,
};
const tracked = (overrides: Partial<TrackedFinding>): TrackedFinding => ({
  domain: 'website',
  ruleIndex: 0,
  rule: 'check-down',
  severity: 'critical',
  since: ago(HOUR),
  lastSeen: at(0),
  raisedAt: ago(20 * MINUTE),
  clearsAt: null,
  evidence: EVIDENCE,
  ...overrides,
});

describe('evaluateUnacknowledged', () => {
  const state: RuleState = new Map([
    ['website:0:critical', tracked({})],
    ['website:0:warning', tracked({ severity: 'warning' })],
    ['website:0:pending', tracked({ raisedAt: null })],
    ['website:0:acked', tracked({})],
    ['escalation:2:website:0:critical', tracked({ domain: 'escalation', rule: 'unacknowledged' })],
  ]);
  const findings = evaluateUnacknowledged(state, new Set(['website:0:acked']), NOW);

  it('only raised critical marks that nobody acknowledged, and never its own marks', () => {
    assert.deepEqual(
      findings.map((finding) => finding.key),
      ['website:0:critical'],
    );
  });

  it('dates from when the mark was raised, not from the mark’s own since', () => {
    assert.deepEqual(findings[0], {
      key: 'website:0:critical',
      active: true,
      since: ago(20 * MINUTE),
      evidence: {
        kind: 'unacknowledged',
        mark: { domain: 'website', severity: 'critical', since: ago(HOUR), evidence: EVIDENCE },
        unacknowledgedForMs: 20 * MINUTE,
      },
    });
  });
});

describe('unacknowledged through evaluateRules (escalation: for 15m)', () => {
  // A security ticket is a critical mark in `security` from its first evaluation.
  const soc = ticket({ category: 'Security', priority: 'P3 - Normaal', callDate: ago(2 * HOUR) });
  const securityKey = trackingKey('security', 1, soc.id);
  const unacked = (marks: readonly Mark[]) =>
    marks.filter((mark) => mark.rule === 'unacknowledged');

  function run(minutes: number[], acknowledged?: ReadonlySet<string>) {
    let evaluation = evaluate({ tickets: [soc] });
    for (const minute of minutes) {
      evaluation = evaluate({
        tickets: [soc],
        now: new Date(at(minute * MINUTE)),
        state: evaluation.state,
        ...(acknowledged ? { acknowledged } : {}),
      });
    }
    return evaluation;
  }

  it('the critical mark is raised at once (ticket-open has no `for`)', () => {
    assert.equal(marksOf(run([]), 'security').length, 1);
    assert.equal(run([]).state.get(securityKey)?.raisedAt, NOW.toISOString());
  });

  it('unacknowledged for 15 min less 1 ms: no escalation yet (though the ticket is 2 h old)', () => {
    const evaluation = run([5, 15 - 1 / MINUTE]);
    assert.deepEqual(unacked(marksOf(evaluation, 'escalation')), []);
  });

  it('unacknowledged for exactly 15 min: an escalation mark naming the domain and the mark', () => {
    const [mark] = unacked(marksOf(run([5, 15]), 'escalation'));
    assert.ok(mark);
    assert.equal(mark.severity, 'critical');
    assert.equal(mark.since, NOW.toISOString());
    assert.ok(mark.evidence.kind === 'unacknowledged');
    assert.equal(mark.evidence.mark.domain, 'security');
    assert.match(
      mark.summary,
      new RegExp(`^Al 15 min niet bevestigd: Security — P3 - Normaal ${soc.number}: `),
    );
  });

  it('acknowledged (by tracking key): no escalation, however long', () => {
    assert.deepEqual(unacked(marksOf(run([15, 60], new Set([securityKey])), 'escalation')), []);
  });

  it('acknowledging a mark that already escalated clears the escalation at once', () => {
    const escalated = run([15]);
    const after = evaluate({
      tickets: [soc],
      now: new Date(at(16 * MINUTE)),
      state: escalated.state,
      acknowledged: new Set([securityKey]),
    });
    assert.deepEqual(unacked(marksOf(after, 'escalation')), []);
    assert.equal(marksOf(after, 'security').length, 1);
  });

  it('a warning mark never escalates', () => {
    const ggd = ticket({ category: 'GGD-portaal', priority: 'P3 - Normaal' });
    let evaluation = evaluate({ tickets: [ggd] });
    evaluation = evaluate({ tickets: [ggd], now: new Date(at(HOUR)), state: evaluation.state });
    assert.equal(marksOf(evaluation, 'ggd-portal')[0]?.severity, 'warning');
    assert.deepEqual(unacked(marksOf(evaluation, 'escalation')), []);
  });

  it('when the critical mark clears, its escalation clears with it', () => {
    const escalated = run([15]);
    const closed = evaluate({
      tickets: [{ ...soc, closed: true }],
      now: new Date(at(16 * MINUTE)),
      state: escalated.state,
    });
    assert.deepEqual(marksOf(closed, 'security'), []);
    assert.deepEqual(unacked(marksOf(closed, 'escalation')), []);
  });
});
