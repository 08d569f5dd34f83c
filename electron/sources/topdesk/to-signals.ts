import { formatPath } from '../../../shared/config/config-issues.ts';
import { err, ok, type Result } from '../../../shared/result.ts';
import { ticketSchema, type Ticket } from '../../../shared/signals/signals.ts';
import { incidentPageSchema, type ParsedIncident } from './payloads.ts';

/**
 * One page of TOPdesk incidents → tickets, or why the page is unusable. Never throws: any
 * JSON value is either turned into valid tickets or refused whole (a bad page is a source
 * error, never a partial queue). The reason names the path, never the value (docs/reliability.md, "Bad input").
 */
export function parseIncidentPage(value: unknown): Result<Ticket[], string> {
  const parsed = incidentPageSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
    return err(`incident page has an unexpected shape${where}: ${issue?.message ?? 'invalid'}`);
  }
  const tickets = parsed.data.map(toTicket);
  const wrong = tickets.findIndex((ticket) => !ticketSchema.safeParse(ticket).success);
  if (wrong >= 0) return err(`incident page has an unusable incident at [${wrong}]`);
  return ok(tickets);
}

function toTicket(incident: ParsedIncident): Ticket {
  return {
    id: incident.id,
    number: incident.number,
    briefDescription: incident.briefDescription,
    category: incident.category,
    subcategory: incident.subcategory,
    priority: incident.priority,
    operatorGroup: incident.operatorGroup,
    processingStatus: incident.processingStatus,
    callDate: incident.callDate,
    modificationDate: incident.modificationDate,
    closed: incident.closed,
    completed: incident.completed,
    majorCall: incident.majorCall,
  };
}
