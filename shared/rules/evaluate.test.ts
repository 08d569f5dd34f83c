import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainIds, type DomainId } from '../playbook/domains.ts';
import { markSchema, type Mark } from '../snapshot/snapshot-schema.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { describeMark } from '../text/marks.ts';
import {
  HOUR,
  MINUTE,
  NOW,
  ago,
  alert,
  at,
  check,
  config,
  evaluate,
  marksOf,
  ticket,
  ticketsBetween,
  type SignalLists,
} from './testing/rule-fixtures.ts';

const en = (mark: Mark) =>
  describeMark(mark, {
    language: 'en',
    timeZone: 'Europe/Amsterdam',
    now: NOW,
    playbook: defaultPlaybook,
  });

interface Trigger {
  readonly name: string;
  readonly signals: () => SignalLists;
  /** Every domain that gets a mark, and the marks' rule and severity there. */
  readonly expected: Partial<Record<DomainId, readonly (readonly [string, Mark['severity']])[]>>;
  /** Text both summaries of the first mark of the first expected domain contain. */
  readonly mentions?: readonly RegExp[];
  readonly nl?: RegExp;
  readonly en?: RegExp;
}

/** §1.4 of the seed, row by row, against the default playbook. */
const triggers: Trigger[] = [
  {
    name: 'helpdesk: a rise of one kind of report',
    signals: () => ({
      tickets: ticketsBetween(25, ago(59 * MINUTE), at(0), { subcategory: 'Bluetooth' }),
    }),
    expected: { helpdesk: [['ticket-spike', 'critical']] },
    nl: /^Toename "Bluetooth": 25 meldingen in het laatste uur \(normaal minder dan 1\)$/,
    en: /^Rise in "Bluetooth": 25 reports in the last hour \(normally fewer than 1\)$/,
  },
  {
    name: 'GGD portal: its check down for 2 min',
    signals: () => ({
      checks: [
        check({
          name: 'GGD-portaal login',
          tags: ['ggd-portal'],
          status: 'down',
          downSince: ago(3 * MINUTE),
        }),
      ],
    }),
    expected: { 'ggd-portal': [['check-down', 'critical']] },
    nl: /^GGD-portaal login al 3 min onbereikbaar$/,
    en: /^GGD-portaal login down for 3 min$/,
  },
  {
    name: 'GGD portal: its alert (once: Alerting takes only alerts no domain claims)',
    signals: () => ({
      alerts: [
        alert({
          name: 'GgdPortal5xx',
          labels: { domain: 'ggd-portal' },
          annotations: { summary: '5xx > 5%' },
        }),
      ],
    }),
    expected: { 'ggd-portal': [['alert-firing', 'critical']] },
    nl: /^Alert GgdPortal5xx: 5xx > 5%$/,
    en: /^Alert GgdPortal5xx: 5xx > 5%$/,
  },
  {
    name: 'GGD portal: an open ticket about it',
    signals: () => ({
      tickets: [
        ticket({
          number: 'I 2010 0777',
          category: 'GGD-portaal',
          briefDescription: 'Inloggen lukt niet',
          operatorGroup: 'CIBG technisch beheer',
        }),
      ],
    }),
    expected: { 'ggd-portal': [['ticket-open', 'warning']] },
    nl: /^P3 - Normaal I 2010 0777: Inloggen lukt niet \(CIBG technisch beheer\)$/,
    en: /^P3 - Normaal I 2010 0777: Inloggen lukt niet \(CIBG technisch beheer\)$/,
  },
  {
    name: 'security: a report from the SOC (alert)',
    signals: () => ({ alerts: [alert({ name: 'SocIncident', labels: { domain: 'security' } })] }),
    expected: { security: [['alert-firing', 'critical']] },
    nl: /^Alert SocIncident$/,
    en: /^Alert SocIncident$/,
  },
  {
    name: 'security: a security ticket',
    signals: () => ({
      tickets: [
        ticket({
          number: 'I 2010 0666',
          category: 'Security',
          briefDescription: 'Phishingmail',
          operatorGroup: 'Bouwteam',
        }),
      ],
    }),
    expected: { security: [['ticket-open', 'critical']] },
    nl: /^P3 - Normaal I 2010 0666: Phishingmail \(Bouwteam\) — hoort bij KPN Enterprise Service Desk$/,
    en: /^P3 - Normaal I 2010 0666: Phishingmail \(Bouwteam\) — belongs with KPN Enterprise Service Desk$/,
  },
  {
    name: 'privacy: a privacy ticket, with the 72 h to notify',
    signals: () => ({
      tickets: [
        ticket({
          number: 'I 2010 0072',
          category: 'Privacy',
          briefDescription: 'Datalek',
          callDate: ago(2 * HOUR),
          operatorGroup: 'Bouwteam',
        }),
      ],
    }),
    expected: { privacy: [['ticket-open', 'critical']] },
    // Called 10:00 UTC on 10 October; + 72 h is 13 October 12:00 in Amsterdam (CEST).
    nl: /^P3 - Normaal I 2010 0072: Datalek \(Bouwteam\), melden vóór 13 okt, 12:00 \(nog 2 dagen, 22 uur\)$/,
    en: /^P3 - Normaal I 2010 0072: Datalek \(Bouwteam\), notify before 13 Oct, 12:00 \(2 days, 22 hr left\)$/,
  },
  {
    name: 'alerting: any firing alert',
    signals: () => ({
      alerts: [alert({ name: 'ElkDiskFull', labels: { alertname: 'ElkDiskFull' } })],
    }),
    expected: { alerting: [['alert-firing', 'warning']] },
    nl: /^Alert ElkDiskFull$/,
    en: /^Alert ElkDiskFull$/,
  },
  {
    name: 'website: its check down for 2 min',
    signals: () => ({
      checks: [
        check({
          name: 'coronamelder.nl',
          tags: ['website'],
          status: 'down',
          downSince: ago(2 * MINUTE),
        }),
      ],
    }),
    expected: { website: [['check-down', 'critical']] },
    nl: /^coronamelder\.nl al 2 min onbereikbaar$/,
    en: /^coronamelder\.nl down for 2 min$/,
  },
  {
    name: 'escalation: a P1 ticket',
    signals: () => ({
      tickets: [
        ticket({
          number: 'I 2010 0001',
          category: 'Helpdesk',
          priority: 'P1 - Kritiek',
          briefDescription: 'App crasht',
        }),
      ],
    }),
    expected: { escalation: [['ticket-open', 'critical']] },
    nl: /^P1 - Kritiek I 2010 0001: App crasht \(CIBG service desk\)$/,
    en: /^P1 - Kritiek I 2010 0001: App crasht \(CIBG service desk\)$/,
  },
  {
    name: 'escalation: a P0 ticket ("Prio 0")',
    signals: () => ({
      tickets: [
        ticket({ number: 'I 2010 0000', category: null, priority: 'Prio 0', operatorGroup: null }),
      ],
    }),
    expected: { escalation: [['ticket-open', 'critical']] },
    nl: /^Prio 0 I 2010 0000: /,
    en: /^Prio 0 I 2010 0000: /,
  },
  {
    name: 'escalation: a major incident',
    signals: () => ({
      tickets: [
        ticket({
          number: 'I 2010 0999',
          category: 'Helpdesk',
          majorCall: true,
          briefDescription: 'Landelijke storing',
        }),
      ],
    }),
    expected: { escalation: [['ticket-open', 'critical']] },
    nl: /I 2010 0999: Landelijke storing/,
    en: /I 2010 0999: Landelijke storing/,
  },
  {
    name: 'escalation: a P1 that is also a major incident shows once',
    signals: () => ({
      tickets: [ticket({ category: 'Helpdesk', priority: 'P1', majorCall: true })],
    }),
    expected: { escalation: [['ticket-open', 'critical']] },
  },
];

describe('evaluateRules with the default playbook: §1.4 triggers', () => {
  for (const trigger of triggers) {
    it(trigger.name, () => {
      const evaluation = evaluate(trigger.signals());
      const actual = Object.fromEntries(
        [...evaluation.marks]
          .filter(([, marks]) => marks.length > 0)
          .map(([domain, marks]) => [domain, marks.map((mark) => [mark.rule, mark.severity])]),
      );
      assert.deepEqual(actual, trigger.expected);
      for (const marks of evaluation.marks.values())
        for (const mark of marks) markSchema.parse(mark);
      const first = Object.keys(trigger.expected)[0] as DomainId;
      const [mark] = marksOf(evaluation, first);
      assert.ok(mark);
      if (trigger.nl) assert.match(mark.summary, trigger.nl);
      if (trigger.en) assert.match(en(mark), trigger.en);
    });
  }

  it('escalation: a critical mark unacknowledged for 15 min', () => {
    const down = [check({ tags: ['website'], status: 'down', downSince: ago(5 * MINUTE) })];
    const first = evaluate({ checks: down });
    const later = evaluate({ checks: down, state: first.state, now: new Date(at(15 * MINUTE)) });
    assert.deepEqual(
      marksOf(later, 'escalation').map((mark) => [
        mark.rule,
        mark.severity,
        mark.evidence.kind === 'unacknowledged' ? mark.evidence.mark.domain : null,
      ]),
      [['unacknowledged', 'critical', 'website']],
    );
    assert.match(
      en(marksOf(later, 'escalation')[0]!),
      /^Unacknowledged for 15 min: Website coronamelder\.nl — coronamelder\.nl.* down for 20 min$/,
    );
  });

  it('nothing happening: every domain present, in playbook order, without marks', () => {
    const evaluation = evaluate();
    assert.deepEqual([...evaluation.marks.keys()], [...domainIds]);
    assert.ok([...evaluation.marks.values()].every((marks) => marks.length === 0));
  });
});

describe('evaluateRules: grouping and order', () => {
  const everything = (): SignalLists => ({
    tickets: [
      ticket({ category: 'GGD-portaal', callDate: ago(30 * MINUTE) }),
      ticket({ category: 'Privacy' }),
      ticket({ category: 'Helpdesk', priority: 'P1 - Kritiek' }),
    ],
    checks: [
      check({ tags: ['ggd-portal'], status: 'down', downSince: ago(10 * MINUTE) }),
      check({ tags: ['website'], status: 'down', downSince: ago(10 * MINUTE) }),
    ],
    alerts: [
      alert({ labels: { domain: 'ggd-portal' }, startsAt: ago(MINUTE) }),
      alert({ labels: { domain: 'ggd-portal' }, startsAt: ago(20 * MINUTE) }),
    ],
  });

  it('every domain in playbook order; within a domain by rule, then since', () => {
    const evaluation = evaluate(everything());
    assert.deepEqual([...evaluation.marks.keys()], [...domainIds]);
    const ggd = marksOf(evaluation, 'ggd-portal');
    assert.deepEqual(
      ggd.map((mark) => mark.rule),
      ['check-down', 'alert-firing', 'alert-firing', 'ticket-open'],
    );
    assert.deepEqual(
      ggd.filter((mark) => mark.rule === 'alert-firing').map((mark) => mark.since),
      [ago(20 * MINUTE), ago(MINUTE)],
    );
    assert.deepEqual(
      domainIds.filter((id) => marksOf(evaluation, id).length > 0),
      ['ggd-portal', 'privacy', 'website', 'escalation'],
    );
  });

  it('a domain listed in the config replaces the default rules', () => {
    const cfg = config('domains:\n  website:\n    checks: { tags: [website] }\n    rules: []\n');
    const evaluation = evaluate({ ...everything(), config: cfg });
    assert.deepEqual(marksOf(evaluation, 'website'), []);
    assert.equal(marksOf(evaluation, 'ggd-portal').length, 4);
  });

  it('a spike mark keeps its since while new reports come in', () => {
    const burst = ticketsBetween(25, ago(59 * MINUTE), at(0), { subcategory: 'Bluetooth' });
    const first = evaluate({ tickets: burst });
    const since = marksOf(first, 'helpdesk')[0]?.since;
    assert.ok(since);
    const more = [
      ...burst,
      ...ticketsBetween(10, at(0), at(5 * MINUTE), { subcategory: 'Bluetooth' }),
    ];
    const next = evaluate({ tickets: more, state: first.state, now: new Date(at(5 * MINUTE)) });
    assert.equal(marksOf(next, 'helpdesk')[0]?.since, since);
    // The evidence does move on: 2 of the first burst left the window, 10 new ones came in.
    const evidence = marksOf(next, 'helpdesk')[0]?.evidence;
    assert.equal(evidence?.kind === 'ticket-spike' ? evidence.count : null, 25 - 2 + 10);
  });

  it('the evaluation is a pure function of its input (same input, same output)', () => {
    const signals = everything();
    assert.deepEqual(evaluate(signals), evaluate(signals));
  });
});
