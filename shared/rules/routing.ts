import type { SubjectRoute } from '../config/routing-schema.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Ticket } from '../signals/signals.ts';
import type { Routing } from '../marks/evidence.ts';

/**
 * What routing needs to know. `routingSubjects` is the config's `routing.subjects`;
 * the rest is as in RuleContext, so a RuleContext that carries the subjects will do.
 */
export interface RoutingContext {
  readonly now: Date;
  readonly playbook: Pick<Playbook, 'resolverGroups' | 'intake'>;
  readonly unassignedAfterMs: number;
  readonly routingSubjects: readonly SubjectRoute[];
}

type RoutedTicket = Pick<Ticket, 'category' | 'subcategory' | 'operatorGroup' | 'callDate'>;

/**
 * §1.3 of the seed: every incident is registered by the CIBG service desk and, after first
 * analysis, goes to the resolver group for its subject. The subject is the ticket's own
 * category/subcategory, whatever domain shows it; `expected` holds resolver-group ids.
 *
 * - no subject entry matches: not-checked, even with a group (we do not guess where it goes);
 * - no group, or still at the intake desk, past `unassignedAfter`: unassigned, or misrouted
 *   when it sits at the desk (it is there, but should have moved on);
 * - a group the subject is not routed to: misrouted.
 */
export function routingOf(ticket: RoutedTicket, context: RoutingContext): Routing {
  const expected = expectedGroups(ticket, context.routingSubjects);
  const waited = context.now.getTime() - Date.parse(ticket.callDate);
  const overdue = waited >= context.unassignedAfterMs;
  if (ticket.operatorGroup === null)
    return {
      status: overdue ? 'unassigned' : expected ? 'ok' : 'not-checked',
      expected: expected ?? [],
    };
  if (!expected) return { status: 'not-checked', expected: [] };
  const groupId = groupIdOf(ticket.operatorGroup, context.playbook);
  if (groupId !== null && expected.includes(groupId)) return { status: 'ok', expected };
  // First analysis happens at the intake desk: a ticket may sit there until it is overdue.
  const inIntake = groupId === context.playbook.intake.resolverGroup;
  return { status: inIntake && !overdue ? 'ok' : 'misrouted', expected };
}

/** The groups of the first subject entry the ticket matches, or null when none does. */
export function expectedGroups(
  ticket: Pick<Ticket, 'category' | 'subcategory'>,
  subjects: readonly SubjectRoute[],
): string[] | null {
  const route = subjects.find(
    (entry) =>
      listed(entry.categories, ticket.category) && listed(entry.subcategories, ticket.subcategory),
  );
  return route ? [...route.groups] : null;
}

/** An absent list does not restrict; a listed text compares case-insensitively. */
function listed(list: readonly string[] | undefined, value: string | null): boolean {
  if (!list) return true;
  return value !== null && list.some((entry) => same(entry, value));
}

/** The playbook id of a TOPdesk operator group, by its name as §1.3 writes it. */
function groupIdOf(name: string, playbook: Pick<Playbook, 'resolverGroups'>): string | null {
  return playbook.resolverGroups.find((group) => same(group.name, name))?.id ?? null;
}

function same(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
