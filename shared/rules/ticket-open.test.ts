import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DomainId } from '../playbook/domains.ts';
import type { Ticket } from '../signals/signals.ts';
import type { Evidence } from '../marks/evidence.ts';
import type { Finding } from './finding.ts';
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
} from './testing/rule-fixtures.ts';
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
      id: privacyTicket.id,
      number: 'I 2010 0042',
      briefDescription: 'Gegevens zichtbaar voor derden',
      priority: 'P2 - Hoog',
      category: 'Privacy',
      subcategory: 'Datalek',
      operatorGroup: 'Bouwteam',
      callDate: called,
      majorCall: false,
      routing: { status: 'ok', expected: ['cibg-service-desk', 'build-team'] },
    });
  });
});

describe("ticket-open routing (§1.3: the resolver groups of the ticket's own subject)", () => {
  // Any category at all: routing depends on the ticket's subject, not on what the rule selects.
  const anyOpen = ruleOf('ticket-open', '{ majorIncident: true }');
  const routing = (domainId: DomainId, overrides: Partial<Ticket>) =>
    evidenceOf(open(anyOpen, [ticket({ majorCall: true, ...overrides })], domainId)[0]).ticket
      .routing;
  const cases: [string, DomainId, Partial<Ticket>, OpenEvidence['ticket']['routing']][] = [
    [
      'helpdesk ticket with the build team',
      'helpdesk',
      { operatorGroup: 'Bouwteam' },
      { status: 'ok', expected: ['cibg-service-desk', 'build-team'] },
    ],
    [
      'group names compare case-insensitively',
      'helpdesk',
      { operatorGroup: 'cibg SERVICE desk' },
      { status: 'ok', expected: ['cibg-service-desk', 'build-team'] },
    ],
    [
      'helpdesk ticket with KPN Cloudservices is misrouted',
      'helpdesk',
      { operatorGroup: 'KPN Cloudservices' },
      { status: 'misrouted', expected: ['cibg-service-desk', 'build-team'] },
    ],
    [
      'security ticket with the KPN Enterprise Service Desk (SOC-SIEM)',
      'security',
      { category: 'Security', operatorGroup: 'KPN Enterprise Service Desk' },
      { status: 'ok', expected: ['kpn-enterprise-service-desk'] },
    ],
    [
      'security ticket with the build team is misrouted',
      'security',
      { category: 'Security', operatorGroup: 'Bouwteam' },
      { status: 'misrouted', expected: ['kpn-enterprise-service-desk'] },
    ],
    [
      'GGD ticket with CIBG technisch beheer',
      'ggd-portal',
      { category: 'GGD-portaal', operatorGroup: 'CIBG technisch beheer' },
      { status: 'ok', expected: ['cibg-technical-operations', 'build-team'] },
    ],
    [
      'no group, called 30 min - 1 ms ago (routing.unassignedAfter default 30m): not yet',
      'helpdesk',
      { operatorGroup: null, callDate: ago(30 * MINUTE - 1) },
      { status: 'ok', expected: ['cibg-service-desk', 'build-team'] },
    ],
    [
      'no group, called exactly 30 min ago: unassigned',
      'helpdesk',
      { operatorGroup: null, callDate: ago(30 * MINUTE) },
      { status: 'unassigned', expected: ['cibg-service-desk', 'build-team'] },
    ],
    [
      'the subject decides, not the domain: a helpdesk P1 on Escalatie with KPN is misrouted',
      'escalation',
      { category: 'Helpdesk', operatorGroup: 'KPN Cloudservices' },
      { status: 'misrouted', expected: ['cibg-service-desk', 'build-team'] },
    ],
    [
      'a subject no entry of routing.subjects names is not checked (no guessing)',
      'escalation',
      { category: 'Onbekend', operatorGroup: 'KPN Cloudservices' },
      { status: 'not-checked', expected: [] },
    ],
    [
      'unassigned is reported even where the subject is not routed',
      'escalation',
      { category: 'Onbekend', operatorGroup: null, callDate: ago(HOUR) },
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
    assert.equal(
      (byNumber.get(early.number)?.evidence as OpenEvidence).ticket.routing.status,
      'ok',
    );
    assert.equal(
      (byNumber.get(late.number)?.evidence as OpenEvidence).ticket.routing.status,
      'unassigned',
    );
    assert.match(byNumber.get(late.number)?.summary ?? '', /nog geen oplosgroep/);
  });
});
