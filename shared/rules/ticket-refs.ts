import type { TicketRef } from '../marks/evidence.ts';
import type { Ticket } from '../signals/signals.ts';
import type { RuleContext } from './rule-context.ts';
import { routingOf } from './routing.ts';

/**
 * A ticket as a mark's evidence carries it: enough to recognise it, and whether it sits with
 * the resolver group §1.3 routes its own subject to (every ticket behind a mark is checked).
 */
export function ticketRef(ticket: Ticket, context: RuleContext): TicketRef {
  return {
    id: ticket.id,
    number: ticket.number,
    briefDescription: ticket.briefDescription,
    priority: ticket.priority,
    category: ticket.category,
    subcategory: ticket.subcategory,
    operatorGroup: ticket.operatorGroup,
    callDate: ticket.callDate,
    majorCall: ticket.majorCall,
    routing: routingOf(ticket, context),
  };
}
