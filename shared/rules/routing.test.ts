import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SubjectRoute } from '../config/routing-schema.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { defaultSubjectRoutes } from '../playbook/subject-routes.ts';
import type { Ticket } from '../signals/signals.ts';
import { routingOf, type RoutingContext } from './routing.ts';

const MINUTE = 60_000;
const NOW = new Date('2020-10-10T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

type RoutedTicket = Pick<Ticket, 'category' | 'subcategory' | 'operatorGroup' | 'callDate'>;

/** A ticket as routing sees it: a helpdesk report, called in 10 minutes ago, at the Bouwteam. */
function ticket(overrides: Partial<RoutedTicket> = {}): RoutedTicket {
  return {
    category: 'Helpdesk',
    subcategory: 'Installatie',
    operatorGroup: 'Bouwteam',
    callDate: ago(10 * MINUTE),
    ...overrides,
  };
}

function context(overrides: Partial<RoutingContext> = {}): RoutingContext {
  return {
    now: NOW,
    playbook: defaultPlaybook,
    unassignedAfterMs: 30 * MINUTE,
    routingSubjects: defaultSubjectRoutes,
    ...overrides,
  };
}

const SERVICE_DESK_OR_BUILD = ['cibg-service-desk', 'build-team'];
const SOC = ['kpn-enterprise-service-desk'];

describe('routingOf: the default subjects of §1.3', () => {
  const cases: [string, Partial<RoutedTicket>, ReturnType<typeof routingOf>][] = [
    [
      'a helpdesk report with the build team',
      {},
      { status: 'ok', expected: SERVICE_DESK_OR_BUILD },
    ],
    [
      'group names compare case-insensitively, whatever the spacing',
      { operatorGroup: ' cibg  SERVICE desk ' },
      { status: 'ok', expected: SERVICE_DESK_OR_BUILD },
    ],
    [
      'a helpdesk report with KPN Cloudservices is misrouted',
      { operatorGroup: 'KPN Cloudservices' },
      { status: 'misrouted', expected: SERVICE_DESK_OR_BUILD },
    ],
    [
      'a security report with the KPN Enterprise Service Desk (SOC-SIEM)',
      { category: 'Security', operatorGroup: 'KPN Enterprise Service Desk' },
      { status: 'ok', expected: SOC },
    ],
    [
      'a security report with the build team is misrouted',
      { category: 'Security', operatorGroup: 'Bouwteam' },
      { status: 'misrouted', expected: SOC },
    ],
    [
      'a GGD-portaal ticket with CIBG technisch beheer',
      { category: 'GGD-portaal', operatorGroup: 'CIBG technisch beheer' },
      { status: 'ok', expected: ['cibg-technical-operations', 'build-team'] },
    ],
    [
      'categories compare case-insensitively',
      { category: 'ggd-PORTAAL', operatorGroup: 'Bouwteam' },
      { status: 'ok', expected: ['cibg-technical-operations', 'build-team'] },
    ],
    [
      'middleware is CIBG technisch beheer’s alone',
      { category: 'Middleware', operatorGroup: 'Bouwteam' },
      { status: 'misrouted', expected: ['cibg-technical-operations'] },
    ],
    [
      'a network ticket with KPN Cloudservices',
      { category: 'Netwerk', operatorGroup: 'KPN Cloudservices' },
      { status: 'ok', expected: ['kpn-cloudservices'] },
    ],
    [
      'an app ticket with the build team, whichever domain shows it (a P1 on Escalatie)',
      { category: 'App', subcategory: 'Notificaties', operatorGroup: 'Bouwteam' },
      { status: 'ok', expected: ['build-team'] },
    ],
    [
      'a privacy ticket with the service desk',
      { category: 'Privacy', operatorGroup: 'CIBG service desk' },
      { status: 'ok', expected: SERVICE_DESK_OR_BUILD },
    ],
    [
      'a group outside §1.3 is misrouted',
      { category: 'App', operatorGroup: 'Freedom Internet' },
      { status: 'misrouted', expected: ['build-team'] },
    ],
    [
      'a subject no entry names is not checked, never guessed',
      { category: 'Overig', operatorGroup: 'KPN Cloudservices' },
      { status: 'not-checked', expected: [] },
    ],
    [
      'a ticket without a category is not checked',
      { category: null, operatorGroup: 'Bouwteam' },
      { status: 'not-checked', expected: [] },
    ],
  ];
  for (const [name, overrides, expected] of cases)
    it(name, () => assert.deepEqual(routingOf(ticket(overrides), context()), expected));
});

describe('routingOf: first analysis at the service desk, and unassigned tickets', () => {
  const cases: [string, Partial<RoutedTicket>, ReturnType<typeof routingOf>][] = [
    [
      'no group, 30 min - 1 ms after the call: not yet unassigned',
      { operatorGroup: null, callDate: ago(30 * MINUTE - 1) },
      { status: 'ok', expected: SERVICE_DESK_OR_BUILD },
    ],
    [
      'no group, 30 min after the call: unassigned',
      { operatorGroup: null, callDate: ago(30 * MINUTE) },
      { status: 'unassigned', expected: SERVICE_DESK_OR_BUILD },
    ],
    [
      'no group and no known subject: not checked until it is overdue',
      { category: 'Overig', operatorGroup: null },
      { status: 'not-checked', expected: [] },
    ],
    [
      'no group and no known subject, overdue: unassigned all the same',
      { category: 'Overig', operatorGroup: null, callDate: ago(60 * MINUTE) },
      { status: 'unassigned', expected: [] },
    ],
    [
      'a security report still at the service desk for first analysis',
      { category: 'Security', operatorGroup: 'CIBG service desk', callDate: ago(29 * MINUTE) },
      { status: 'ok', expected: SOC },
    ],
    [
      'a security report still at the service desk when overdue: it should have moved on',
      { category: 'Security', operatorGroup: 'CIBG service desk', callDate: ago(30 * MINUTE) },
      { status: 'misrouted', expected: SOC },
    ],
  ];
  for (const [name, overrides, expected] of cases)
    it(name, () => assert.deepEqual(routingOf(ticket(overrides), context()), expected));

  it('takes unassignedAfter from the context (routing.unassignedAfter)', () => {
    const late = ticket({ operatorGroup: null, callDate: ago(10 * MINUTE) });
    assert.equal(routingOf(late, context({ unassignedAfterMs: 10 * MINUTE })).status, 'unassigned');
    assert.equal(routingOf(late, context()).status, 'ok');
  });
});

describe('routingOf: configured subjects (routing.subjects)', () => {
  const subjects: SubjectRoute[] = [
    { subcategories: ['Datalek'], groups: ['build-team'] },
    { categories: ['Privacy'], groups: ['cibg-service-desk'] },
    { categories: ['App'], subcategories: ['Store'], groups: ['kpn-cloudservices'] },
  ];
  const routed = (overrides: Partial<RoutedTicket>) =>
    routingOf(ticket(overrides), context({ routingSubjects: subjects }));

  it('uses the first entry that matches', () => {
    assert.deepEqual(routed({ category: 'Privacy', subcategory: 'Datalek' }), {
      status: 'ok',
      expected: ['build-team'],
    });
    assert.deepEqual(routed({ category: 'Privacy', subcategory: 'Inzage' }), {
      status: 'misrouted',
      expected: ['cibg-service-desk'],
    });
  });

  it('needs both lists to match when an entry has both', () => {
    assert.equal(routed({ category: 'App', subcategory: 'Store' }).status, 'misrouted');
    assert.equal(routed({ category: 'App', subcategory: 'Bluetooth' }).status, 'not-checked');
    assert.equal(routed({ category: 'App', subcategory: null }).status, 'not-checked');
  });

  it('checks nothing with an empty list', () =>
    assert.deepEqual(routingOf(ticket(), context({ routingSubjects: [] })), {
      status: 'not-checked',
      expected: [],
    }));
});
