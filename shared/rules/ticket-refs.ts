import type { Ticket } from '../signals/signals.ts';
import type { Routing, TicketRef } from './evidence.ts';
import type { RuleContext } from './rule-context.ts';

export function ticketRef(ticket: Ticket): TicketRef {
  return {
    number: ticket.number,
    briefDescription: ticket.briefDescription,
    priority: ticket.priority,
    category: ticket.category,
    subcategory: ticket.subcategory,
    operatorGroup: ticket.operatorGroup,
    callDate: ticket.callDate,
    majorCall: ticket.majorCall,
  };
}

/** The names of the resolver groups §1.3 routes the domain's subjects to. */
export function resolverGroupNames(context: Pick<RuleContext, 'domain' | 'playbook'>): string[] {
  return context.domain.resolverGroups.map(
    (id) => context.playbook.resolverGroups.find((group) => group.id === id)?.name ?? id,
  );
}

/**
 * §1.3 of the playbook: after first analysis a ticket goes to the resolver group for its
 * subject. A ticket with another group is misrouted; one with none past the configured time
 * is unassigned.
 */
export function routingOf(ticket: Ticket, context: RuleContext): Routing {
  const expected = context.domain.resolverGroups.map(
    (id) => context.playbook.resolverGroups.find((group) => group.id === id)?.name ?? id,
  );
  if (ticket.operatorGroup === null) {
    const waited = context.now.getTime() - Date.parse(ticket.callDate);
    return { status: waited >= context.unassignedAfterMs ? 'unassigned' : 'ok', expected };
  }
  if (expected.length === 0) return { status: 'not-checked', expected };
  const sitsWell = expected.some(
    (name) => name.toLowerCase() === ticket.operatorGroup?.toLowerCase(),
  );
  return { status: sitsWell ? 'ok' : 'misrouted', expected };
}
