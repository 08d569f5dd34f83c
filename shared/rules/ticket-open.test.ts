import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DomainId } from '../playbook/domains.ts';
import type { Ticket } from '../signals/signals.ts';
import type { Evidence, Finding } from './evidence.ts';
import {
  HOUR,
  MINUTE,
  ago,
  config,
  evaluate,
  marksOf,
  ruleContext,
  ruleOf,
  ticket,
  type RuleOf,
} from './test-fixtures.ts';
import { evaluateTicketOpen } from './ticket-open.ts';

function open(
  rule: RuleOf<'ticket-open'>,
  tickets: readonly Ticket[],
  domainId: DomainId = 'escalation',
): Finding[] {
  const findings = evaluateTicketOpen(rule, ruleContext({ domainId, tickets }));
  assert.ok(findings !== null);
  return findings;
}
const matches = (rule: RuleOf<'ticket-open'>, overrides: Partial<Ticket>) =>
  open(rule, [ticket(overrides)]).length === 1;
type OpenEvidence = Extract<Evidence, { kind: 'ticket-open' }>;
const evidenceOf = (finding: Finding | undefined): OpenEvidence => {
  assert.ok(finding?.evidence.kind === 'ticket-open');
  return finding.evidence;
};

describe('ticket-open priorities (the config `priorities` map: P0 "^(P0|Prio 0)", P1 "^(P1|Prio 1)")', () => {
  const p0p1 = ruleOf('ticket-open', '{ priorities: [P0, P1] }');
  const cases: [string | null, boolean][] = [
    ['P1 - Kritiek', true],
    ['Prio 1', true],
    ['prio 1 - hoog', true], // the patterns are matched case-insensitively
    ['P1', true],
    ['P0 - Landelijke storing', true],
    ['Prio 0', true],
    ['P2 - Hoog', false],
    ['Prio 2', false],
    ['P3 - Normaal', false],
    ['Kritiek (P1)', false], // anchored at the start
    ['', false],
    [null, false],
  ];
  for (const [priority, expected] of cases) {
    it(`${JSON.stringify(priority)} → ${expected ? 'matches' : 'no match'}`, () =>
      assert.equal(matches(p0p1, { priority }), expected));
  }

  it('a rule for P0 only does not take P1 tickets', () => {
    const p0 = ruleOf('ticket-open', '{ priorities: [P0] }');
    assert.equal(matches(p0, { priority: 'P1 - Kritiek' }), false);
    assert.equal(matches(p0, { priority: 'P0' }), true);
  });

  it('reads the levels from the config map: a custom map replaces the default', () => {
    const cfg = config('priorities: { P1: "^Kritiek" }\n');
    const tickets = [ticket({ priority: 'Kritiek' }), ticket({ priority: 'P1 - Kritiek' })];
    const escalation = marksOf(evaluate({ config: cfg, tickets }), 'escalation');
    assert.deepEqual(
      escalation.map((mark) => (mark.evidence as OpenEvidence).ticket.priority),
      ['Kritiek'],
    );
  });
});

describe('ticket-open categories, major incidents, and combinations (AND)', () => {
  const cases: [string, string, Partial<Ticket>, boolean][] = [
    ['category listed', '{ categories: [Privacy] }', { category: 'Privacy' }, true],
    [
      'one of several categories',
      '{ categories: [Privacy, Security] }',
      { category: 'Security' },
      true,
    ],
    ['category not listed', '{ categories: [Privacy] }', { category: 'Helpdesk' }, false],
    ['category compared exactly', '{ categories: [Privacy] }', { category: 'privacy' }, false],
    ['no category', '{ categories: [Privacy] }', { category: null }, false],
    ['major incident', '{ majorIncident: true }', { majorCall: true }, true],
    ['not a major incident', '{ majorIncident: true }', { majorCall: false }, false],
    [
      'majorIncident: false is no criterion',
      '{ majorIncident: false, categories: [X] }',
      { category: 'X' },
      true,
    ],
    [
      'priority and category both match',
      '{ priorities: [P1], categories: [Security] }',
      { priority: 'P1 - Kritiek', category: 'Security' },
      true,
    ],
    [
      'priority matches, category not',
      '{ priorities: [P1], categories: [Security] }',
      { priority: 'P1 - Kritiek', category: 'Helpdesk' },
      false,
    ],
    [
      'category matches, priority not',
      '{ priorities: [P1], categories: [Security] }',
      { priority: 'P3 - Normaal', category: 'Security' },
      false,
    ],
    [
      'priority and major incident both',
      '{ priorities: [P1], majorIncident: true }',
      { priority: 'Prio 1', majorCall: true },
      true,
    ],
    [
      'priority without major incident',
      '{ priorities: [P1], majorIncident: true }',
      { priority: 'Prio 1', majorCall: false },
      false,
    ],
    [
      'all three',
      '{ priorities: [P0], categories: [GGD-portaal], majorIncident: true }',
      { priority: 'P0', category: 'GGD-portaal', majorCall: true },
      true,
    ],
  ];
  for (const [name, yaml, overrides, expected] of cases) {
    it(`${name} → ${expected ? 'matches' : 'no match'}`, () =>
      assert.equal(matches(ruleOf('ticket-open', yaml), overrides), expected));
  }

  it('closed tickets never match, whatever else they match', () => {
    const rule = ruleOf(
      'ticket-open',
      '{ priorities: [P1], categories: [Security], majorIncident: true }',
    );
    const base = { priority: 'P1', category: 'Security', majorCall: true };
    assert.equal(matches(rule, { ...base, closed: true, completed: true }), false);
    assert.equal(matches(rule, { ...base, closed: true, completed: false }), false);
  });

  it('a completed (afgemeld) but not closed ticket is still open', () => {
    const rule = ruleOf('ticket-open', '{ categories: [Security] }');
    assert.equal(matches(rule, { category: 'Security', completed: true, closed: false }), true);
  });

  it('does not apply the domain ticket selector: the rule criteria alone decide', () => {
    // Helpdesk selects category Helpdesk, but a ticket-open rule reads every ticket.
    const rule = ruleOf('ticket-open', '{ priorities: [P1] }');
    assert.equal(
      open(rule, [ticket({ priority: 'P1', category: 'Security' })], 'helpdesk').length,
      1,
    );
  });

  it('is not evaluable without fresh tickets', () => {
    const rule = ruleOf('ticket-open', '{ priorities: [P1] }');
    assert.equal(evaluateTicketOpen(rule, ruleContext({ tickets: null })), null);
  });
});

describe('ticket-open evidence and deadline', () => {
  const called = ago(2 * HOUR);
  const privacyTicket = ticket({
    number: 'I 2010 0042',
    briefDescription: 'Gegevens zichtbaar voor derden',
    category: 'Privacy',
    subcategory: 'Datalek',
    priority: 'P2 - Hoog',
    operatorGroup: 'Bouwteam',
    callDate: called,
  });

  it('deadline is the call date plus the rule deadline (72 h for privacy)', () => {
    const rule = ruleOf('ticket-open', '{ categories: [Privacy], deadline: 72h }');
    const [finding] = open(rule, [privacyTicket], 'privacy');
    assert.equal(
      evidenceOf(finding).deadline,
      new Date(Date.parse(called) + 72 * HOUR).toISOString(),
    );
    assert.equal(evidenceOf(finding).deadline, '2020-10-13T10:00:00.000Z');
  });

  it('no deadline in the rule: null', () => {
    const [finding] = open(
      ruleOf('ticket-open', '{ categories: [Privacy] }'),
      [privacyTicket],
      'privacy',
    );
    assert.equal(evidenceOf(finding).deadline, null);
  });

  it('keys on the ticket id, dates from the call date, and carries the ticket', () => {
    const [finding] = open(
      ruleOf('ticket-open', '{ categories: [Privacy] }'),
      [privacyTicket],
      'privacy',
    );
    assert.equal(finding?.key, privacyTicket.id);
    assert.equal(finding?.since, called);
    assert.deepEqual(evidenceOf(finding).ticket, {
      number: 'I 2010 0042',
      briefDescription: 'Gegevens zichtbaar voor derden',
      priority: 'P2 - Hoog',
      category: 'Privacy',
      subcategory: 'Datalek',
      operatorGroup: 'Bouwteam',
      callDate: called,
      majorCall: false,
    });
  });
});

describe('ticket-open routing (§1.3 resolver groups per domain)', () => {
  const anyOpen = ruleOf(
    'ticket-open',
    '{ categories: [Helpdesk, Security, Privacy, GGD-portaal] }',
  );
  const routing = (domainId: DomainId, overrides: Partial<Ticket>) =>
    evidenceOf(open(anyOpen, [ticket(overrides)], domainId)[0]).routing;
  const cases: [string, DomainId, Partial<Ticket>, OpenEvidence['routing']][] = [
    [
      'helpdesk ticket with the build team',
      'helpdesk',
      { operatorGroup: 'Bouwteam' },
      { status: 'ok', expected: ['CIBG service desk', 'Bouwteam'] },
    ],
    [
      'group names compare case-insensitively',
      'helpdesk',
      { operatorGroup: 'cibg SERVICE desk' },
      { status: 'ok', expected: ['CIBG service desk', 'Bouwteam'] },
    ],
    [
      'helpdesk ticket with KPN Cloudservices is misrouted',
      'helpdesk',
      { operatorGroup: 'KPN Cloudservices' },
      { status: 'misrouted', expected: ['CIBG service desk', 'Bouwteam'] },
    ],
    [
      'security ticket with the KPN Enterprise Service Desk (SOC-SIEM)',
      'security',
      { category: 'Security', operatorGroup: 'KPN Enterprise Service Desk' },
      { status: 'ok', expected: ['KPN Enterprise Service Desk'] },
    ],
    [
      'security ticket with the build team is misrouted',
      'security',
      { category: 'Security', operatorGroup: 'Bouwteam' },
      { status: 'misrouted', expected: ['KPN Enterprise Service Desk'] },
    ],
    [
      'GGD ticket with CIBG technisch beheer',
      'ggd-portal',
      { category: 'GGD-portaal', operatorGroup: 'CIBG technisch beheer' },
      { status: 'ok', expected: ['CIBG technisch beheer', 'Bouwteam'] },
    ],
    [
      'no group, called 30 min - 1 ms ago (routing.unassignedAfter default 30m): not yet',
      'helpdesk',
      { operatorGroup: null, callDate: ago(30 * MINUTE - 1) },
      { status: 'ok', expected: ['CIBG service desk', 'Bouwteam'] },
    ],
    [
      'no group, called exactly 30 min ago: unassigned',
      'helpdesk',
      { operatorGroup: null, callDate: ago(30 * MINUTE) },
      { status: 'unassigned', expected: ['CIBG service desk', 'Bouwteam'] },
    ],
    [
      'a domain without §1.3 groups (escalation) is not checked',
      'escalation',
      { operatorGroup: 'KPN Cloudservices' },
      { status: 'not-checked', expected: [] },
    ],
    [
      'website has no §1.3 groups either',
      'website',
      { operatorGroup: 'Freedom Internet' },
      { status: 'not-checked', expected: [] },
    ],
    [
      'unassigned is reported even where groups are not checked',
      'escalation',
      { operatorGroup: null, callDate: ago(HOUR) },
      { status: 'unassigned', expected: [] },
    ],
  ];
  for (const [name, domainId, overrides, expected] of cases) {
    it(name, () => assert.deepEqual(routing(domainId, overrides), expected));
  }

  it('routing.unassignedAfter from the config decides when a ticket is unassigned', () => {
    const cfg = config('routing: { unassignedAfter: 10m }\n');
    const early = ticket({
      category: 'Privacy',
      operatorGroup: null,
      callDate: ago(10 * MINUTE - 1),
    });
    const late = ticket({ category: 'Privacy', operatorGroup: null, callDate: ago(10 * MINUTE) });
    const marks = marksOf(evaluate({ config: cfg, tickets: [early, late] }), 'privacy');
    const byNumber = new Map(
      marks.map((mark) => [(mark.evidence as OpenEvidence).ticket.number, mark]),
    );
    assert.equal((byNumber.get(early.number)?.evidence as OpenEvidence).routing.status, 'ok');
    assert.equal(
      (byNumber.get(late.number)?.evidence as OpenEvidence).routing.status,
      'unassigned',
    );
    assert.match(byNumber.get(late.number)?.summary ?? '', /nog geen oplosgroep/);
  });
});
