import type { RuleConfig } from '../config/rules-schema.ts';
import type { Ticket } from '../signals/signals.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';
import { priorityLevel } from './selectors.ts';
import { ticketRef } from './ticket-refs.ts';

type TicketOpenRule = Extract<RuleConfig, { kind: 'ticket-open' }>;

/** An open (not closed) ticket that matches every criterion the rule gives. */
export function evaluateTicketOpen(rule: TicketOpenRule, context: RuleContext): Finding[] | null {
  if (context.tickets === null) return null;
  return openTickets(context.tickets)
    .filter((ticket) => matches(rule, ticket, context))
    .map((ticket) => ({
      key: ticket.id,
      active: true,
      since: ticket.callDate,
      evidence: {
        kind: 'ticket-open',
        ticket: ticketRef(ticket, context),
        deadline:
          rule.deadline === undefined
            ? null
            : new Date(Date.parse(ticket.callDate) + rule.deadline).toISOString(),
      },
    }));
}

// Every ticket-open rule of every domain reads the same list: find the open ones once.
const openTicketsOf = new WeakMap<readonly Ticket[], readonly Ticket[]>();
function openTickets(tickets: readonly Ticket[]): readonly Ticket[] {
  let open = openTicketsOf.get(tickets);
  if (!open) {
    open = tickets.filter((ticket) => !ticket.closed);
    openTicketsOf.set(tickets, open);
  }
  return open;
}

function matches(rule: TicketOpenRule, ticket: Ticket, context: RuleContext): boolean {
  if (rule.priorities) {
    const level = priorityLevel(ticket.priority, context.priorities);
    if (level === null || !rule.priorities.includes(level)) return false;
  }
  if (rule.categories && (ticket.category === null || !rule.categories.includes(ticket.category)))
    return false;
  if (rule.majorIncident && !ticket.majorCall) return false;
  return true;
}
