import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Alert } from '../signals/signals.ts';
import { evaluateAlertFiring } from './alert-firing.ts';
import type { Finding } from './finding.ts';
import {
  MINUTE,
  ago,
  alert,
  at,
  config,
  evaluate,
  marksOf,
  ruleContext,
  ruleOf,
  type RuleOf,
} from './testing/rule-fixtures.ts';

const SECURITY = ruleOf('alert-firing', '{ labels: { domain: security } }');
const ANY = ruleOf('alert-firing', '{ labels: {} }');
const TWO_LABELS = ruleOf('alert-firing', '{ labels: { domain: security, team: soc } }');

function firing(rule: RuleOf<'alert-firing'>, alerts: readonly Alert[]): Finding[] {
  const findings = evaluateAlertFiring(rule, ruleContext({ domainId: 'security', alerts }));
  assert.ok(findings !== null);
  return findings;
}

describe('alert-firing: which alerts', () => {
  const cases: [string, RuleOf<'alert-firing'>, Partial<Alert>, boolean][] = [
    ['the label matches', SECURITY, { labels: { domain: 'security' } }, true],
    [
      'the rule labels are a subset of the alert labels',
      SECURITY,
      { labels: { domain: 'security', severity: 'page' } },
      true,
    ],
    ['the label has another value', SECURITY, { labels: { domain: 'ggd-portal' } }, false],
    ['the label is missing', SECURITY, { labels: { severity: 'page' } }, false],
    ['label values compare exactly', SECURITY, { labels: { domain: 'Security' } }, false],
    ['all of two labels', TWO_LABELS, { labels: { domain: 'security', team: 'soc' } }, true],
    ['only one of two labels', TWO_LABELS, { labels: { domain: 'security', team: 'noc' } }, false],
    ['empty labels match any alert', ANY, { labels: { alertname: 'X' } }, true],
    ['empty labels match an alert without labels', ANY, { labels: {} }, true],
    [
      'silenced (suppressed) is ignored',
      SECURITY,
      { labels: { domain: 'security' }, state: 'suppressed', silencedBy: ['s1'] },
      false,
    ],
    [
      'inhibited (suppressed) is ignored',
      SECURITY,
      { labels: { domain: 'security' }, state: 'suppressed', inhibitedBy: ['fp-x'] },
      false,
    ],
    [
      'empty labels still ignore suppressed alerts',
      ANY,
      { state: 'suppressed', silencedBy: ['s1'] },
      false,
    ],
    // Alertmanager's `unprocessed`: received, not yet through silences/inhibitions.
    [
      'unprocessed is not (yet) active',
      SECURITY,
      { labels: { domain: 'security' }, state: 'unprocessed' },
      false,
    ],
  ];
  for (const [name, rule, overrides, expected] of cases) {
    it(`${name} → ${expected ? 'firing' : 'not firing'}`, () =>
      assert.equal(firing(rule, [alert(overrides)]).length, expected ? 1 : 0));
  }

  it('is not evaluable without fresh alerts', () => {
    assert.equal(evaluateAlertFiring(ANY, ruleContext({ alerts: null })), null);
  });
});

describe('alert-firing evidence', () => {
  it('keys on the fingerprint and dates from startsAt', () => {
    const soc = alert({
      fingerprint: 'abc123',
      name: 'SiemIntrusion',
      labels: { domain: 'security', alertname: 'SiemIntrusion' },
      annotations: { summary: 'Verdachte inlogpogingen' },
      startsAt: ago(3 * MINUTE),
    });
    assert.deepEqual(firing(SECURITY, [soc]), [
      {
        key: 'abc123',
        active: true,
        since: ago(3 * MINUTE),
        evidence: {
          kind: 'alert-firing',
          alert: {
            name: 'SiemIntrusion',
            fingerprint: 'abc123',
            summary: 'Verdachte inlogpogingen',
            labels: { domain: 'security', alertname: 'SiemIntrusion' },
          },
          startsAt: ago(3 * MINUTE),
        },
      },
    ]);
  });

  it('no summary annotation: null', () => {
    const [finding] = firing(ANY, [alert({ annotations: { description: 'x' } })]);
    assert.ok(finding?.evidence.kind === 'alert-firing');
    assert.equal(finding.evidence.alert.summary, null);
  });
});

describe('alert-firing `for` counts from startsAt (through evaluateRules)', () => {
  const cfg = config(
    'domains:\n  alerting:\n    rules: [{ kind: alert-firing, labels: {}, for: 5m }]\n',
  );
  const marks = (startsAt: string) =>
    marksOf(evaluate({ config: cfg, alerts: [alert({ startsAt })] }), 'alerting');
  it('active for exactly 5 min: a mark', () => assert.equal(marks(ago(5 * MINUTE)).length, 1));
  it('active for 5 min less 1 ms: none yet', () =>
    assert.equal(marks(ago(5 * MINUTE - 1)).length, 0));
  it('no `for`: a mark at once', () => {
    assert.equal(marksOf(evaluate({ alerts: [alert({ startsAt: at(0) })] }), 'alerting').length, 1);
  });
});
