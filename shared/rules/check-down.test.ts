import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DomainId } from '../playbook/domains.ts';
import type { Check } from '../signals/signals.ts';
import { evaluateCheckDown } from './check-down.ts';
import type { Finding } from './finding.ts';
import {
  MINUTE,
  NOW,
  SECOND,
  ago,
  at,
  check,
  evaluate,
  marksOf,
  ruleContext,
  ruleOf,
  type RuleOf,
} from './testing/rule-fixtures.ts';

const FOR_2M = ruleOf('check-down', '{ for: 2m }');

function down(
  rule: RuleOf<'check-down'>,
  checks: readonly Check[],
  domainId: DomainId = 'website',
): Finding[] {
  const findings = evaluateCheckDown(rule, ruleContext({ domainId, checks }));
  assert.ok(findings !== null);
  return findings;
}

describe('check-down: which checks', () => {
  const cases: [string, RuleOf<'check-down'>, DomainId, Partial<Check>, boolean][] = [
    [
      'down, tag of the domain selector',
      FOR_2M,
      'website',
      { status: 'down', tags: ['website'] },
      true,
    ],
    ['up', FOR_2M, 'website', { status: 'up', tags: ['website'] }, false],
    [
      'down but paused',
      FOR_2M,
      'website',
      { status: 'down', paused: true, tags: ['website'] },
      false,
    ],
    [
      'down, any one of its tags matches',
      FOR_2M,
      'website',
      { status: 'down', tags: ['cdn', 'website'] },
      true,
    ],
    [
      'down, another domain’s tag',
      FOR_2M,
      'website',
      { status: 'down', tags: ['ggd-portal'] },
      false,
    ],
    ['down, no tags', FOR_2M, 'website', { status: 'down', tags: [] }, false],
    [
      'rule tags replace the domain selector (match)',
      ruleOf('check-down', '{ for: 2m, tags: [ggd-portal] }'),
      'website',
      { status: 'down', tags: ['ggd-portal'] },
      true,
    ],
    [
      'rule tags replace the domain selector (the selector tag no longer matches)',
      ruleOf('check-down', '{ for: 2m, tags: [ggd-portal] }'),
      'website',
      { status: 'down', tags: ['website'] },
      false,
    ],
    [
      'an empty rule tag list matches nothing',
      ruleOf('check-down', '{ tags: [] }'),
      'website',
      { status: 'down', tags: ['website'] },
      false,
    ],
    [
      'no rule tags and no domain check selector (alerting): nothing',
      FOR_2M,
      'alerting',
      { status: 'down', tags: ['website'] },
      false,
    ],
    [
      'the GGD portal domain reads its own tag',
      FOR_2M,
      'ggd-portal',
      { status: 'down', tags: ['ggd-portal'] },
      true,
    ],
  ];
  for (const [name, rule, domainId, overrides, expected] of cases) {
    it(`${name} → ${expected ? 'found' : 'not found'}`, () =>
      assert.equal(
        down(rule, [check({ downSince: ago(5 * MINUTE), ...overrides })], domainId).length,
        expected ? 1 : 0,
      ));
  }

  it('is not evaluable without fresh checks', () => {
    assert.equal(
      evaluateCheckDown(FOR_2M, ruleContext({ domainId: 'website', checks: null })),
      null,
    );
  });
});

describe('check-down evidence', () => {
  it('dates from StatusCake’s own down period', () => {
    const site = check({
      id: 'c-site',
      name: 'coronamelder.nl',
      status: 'down',
      downSince: ago(4 * MINUTE),
    });
    const [finding] = down(FOR_2M, [site]);
    assert.deepEqual(finding, {
      key: 'c-site',
      active: true,
      since: ago(4 * MINUTE),
      evidence: {
        kind: 'check-down',
        check: { id: 'c-site', name: 'coronamelder.nl', url: 'https://coronamelder.nl' },
        downSince: ago(4 * MINUTE),
        downForMs: 4 * MINUTE,
      },
    });
  });

  it('downSince null: no source time, so since is null (the hysteresis uses first seen)', () => {
    const [finding] = down(FOR_2M, [check({ status: 'down', downSince: null })]);
    assert.equal(finding?.since, null);
    assert.ok(finding?.evidence.kind === 'check-down');
    assert.equal(finding.evidence.downSince, NOW.toISOString());
    assert.equal(finding.evidence.downForMs, 0);
  });
});

describe('check-down `for` (through evaluateRules, website: for 2m)', () => {
  const websiteMarks = (checks: Check[], now = NOW, state = evaluate({ checks, now }).state) =>
    marksOf(evaluate({ checks, now, state }), 'website');

  it('down for exactly 2 min: a mark', () => {
    assert.equal(websiteMarks([check({ status: 'down', downSince: ago(2 * MINUTE) })]).length, 1);
  });

  it('down for 2 min less 1 ms: no mark yet', () => {
    assert.equal(
      websiteMarks([check({ status: 'down', downSince: ago(2 * MINUTE - 1) })]).length,
      0,
    );
  });

  it('down and paused for an hour: no mark', () => {
    const paused = check({ status: 'down', paused: true, downSince: ago(60 * MINUTE) });
    assert.equal(websiteMarks([paused]).length, 0);
  });

  it('downSince null: `for` counts from when Dijkwacht first saw it down', () => {
    const site = check({ status: 'down', downSince: null });
    const first = evaluate({ checks: [site] });
    assert.equal(marksOf(first, 'website').length, 0);
    const almost = evaluate({
      checks: [site],
      now: new Date(at(2 * MINUTE - 1)),
      state: first.state,
    });
    assert.equal(marksOf(almost, 'website').length, 0);
    const held = evaluate({ checks: [site], now: new Date(at(2 * MINUTE)), state: almost.state });
    const [mark] = marksOf(held, 'website');
    assert.equal(mark?.since, NOW.toISOString());
    assert.equal(mark?.severity, 'critical');
  });

  it('polled every 30 s, a check down since 30 s before the first poll is raised at 2 min down', () => {
    const site = check({ status: 'down', downSince: ago(30 * SECOND) });
    let state = evaluate({ checks: [site] }).state;
    const raisedAt: string[] = [];
    for (let step = 1; step <= 6; step++) {
      const now = new Date(at(step * 30 * SECOND));
      const evaluation = evaluate({ checks: [site], now, state });
      state = evaluation.state;
      if (marksOf(evaluation, 'website').length > 0) raisedAt.push(now.toISOString());
    }
    assert.equal(raisedAt[0], at(90 * SECOND));
  });
});
