import { domainSettings } from '../../shared/config/domain-settings.ts';
import type { Config } from '../../shared/config/parse-config.ts';
import type { RuleConfig } from '../../shared/config/rules-schema.ts';
import { detailLimits, type DetailTicket } from '../../shared/desk/domain-detail-schema.ts';
import type { Evidence } from '../../shared/marks/evidence.ts';
import type { Mark } from '../../shared/marks/mark.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { routingOf } from '../../shared/rules/routing.ts';
import { inDomain, priorityLevel } from '../../shared/rules/selectors.ts';
import type { SourceSignals, Ticket } from '../../shared/signals/signals.ts';
import { apiBase } from '../sources/topdesk/incident-query.ts';
import { clip, type Section } from './domain-detail-section.ts';

export interface TicketInputs {
  readonly domain: DomainId;
  readonly now: Date;
  readonly config: Pick<Config, 'sources' | 'domains' | 'priorities' | 'routing'>;
  readonly playbook: Pick<Playbook, 'resolverGroups' | 'intake'>;
  readonly signals: ReadonlyMap<string, SourceSignals>;
  readonly marks: readonly Mark[];
}

interface Candidate {
  readonly source: string;
  readonly baseUrl: string | null;
  readonly ticket: Ticket;
  readonly marked: boolean;
  /** The call date in ms, parsed once: a queue can hold 250,000 tickets to sort. */
  readonly calledAt: number;
}

type TicketOpenRule = Extract<RuleConfig, { kind: 'ticket-open' }>;

/**
 * The tickets behind a domain's status: every ticket its marks name, then its open tickets
 * (its selector's, and those its ticket-open rules match), marked first, newest first.
 * Null when the domain reads no tickets at all.
 */
export function detailTickets(inputs: TicketInputs): Section<DetailTicket> | null {
  const settings = domainSettings(inputs.config, inputs.domain);
  const rules = settings.rules ?? [];
  const openRules = rules.filter((rule): rule is TicketOpenRule => rule.kind === 'ticket-open');
  const readsTickets = settings.tickets || rules.some((rule) => rule.kind === 'ticket-spike');
  if (!readsTickets && openRules.length === 0) return null;
  const marked = markedTicketIds(inputs.marks);
  const selected = inDomain(settings.tickets);
  const behind = (ticket: Ticket) =>
    !ticket.closed &&
    (selected(ticket) || openRules.some((rule) => opens(rule, ticket, inputs.config.priorities)));
  const candidates = topdeskTickets(inputs).flatMap(({ source, baseUrl, tickets }) =>
    tickets
      .filter((ticket) => marked.has(ticket.id) || behind(ticket))
      .map((ticket) => ({
        source,
        baseUrl,
        ticket,
        marked: marked.has(ticket.id),
        calledAt: Date.parse(ticket.callDate),
      })),
  );
  const shown = candidates.toSorted(markedThenNewest).slice(0, detailLimits.tickets);
  return { items: shown.map((candidate) => toDetail(candidate, inputs)), total: candidates.length };
}

/**
 * An incident in TOPdesk's web interface by its number (docs/desk.md): the operator's
 * "lookup" form, `…/tas/secure/incident?action=lookup&lookup=naam&lookupValue=I 2611 042`,
 * on the host the config names (with or without `/tas` or `/tas/api`, as the client takes it).
 */
export function topdeskIncidentUrl(baseUrl: string, number: string): string {
  const tas = apiBase(baseUrl).replace(/\/api$/i, '');
  const query = new URLSearchParams({ action: 'lookup', lookup: 'naam', lookupValue: number });
  return `${tas}/secure/incident?${query.toString().replaceAll('+', '%20')}`;
}

function topdeskTickets(inputs: TicketInputs) {
  return [...inputs.signals].flatMap(([source, signals]) => {
    if (signals.kind !== 'topdesk') return [];
    const configured = inputs.config.sources.find((candidate) => candidate.id === source);
    return [{ source, baseUrl: configured?.url ?? null, tickets: signals.tickets }];
  });
}

/** As ticket-open.ts matches: every criterion the rule gives. */
function opens(rule: TicketOpenRule, ticket: Ticket, priorities: Config['priorities']): boolean {
  if (rule.priorities) {
    const level = priorityLevel(ticket.priority, priorities);
    if (level === null || !rule.priorities.includes(level)) return false;
  }
  if (rule.categories && (ticket.category === null || !rule.categories.includes(ticket.category)))
    return false;
  return !rule.majorIncident || ticket.majorCall;
}

/** The ids of the tickets the marks hold as evidence (an unacknowledged mark's too). */
export function markedTicketIds(marks: readonly Mark[]): Set<string> {
  return new Set(marks.flatMap((mark) => ticketIdsOf(mark.evidence)));
}

function ticketIdsOf(evidence: Evidence): string[] {
  switch (evidence.kind) {
    case 'ticket-open':
      return [evidence.ticket.id];
    case 'ticket-spike':
      return evidence.tickets.map((ticket) => ticket.id);
    case 'unacknowledged':
      return ticketIdsOf(evidence.mark.evidence);
    default:
      return [];
  }
}

function markedThenNewest(a: Candidate, b: Candidate): number {
  return Number(b.marked) - Number(a.marked) || b.calledAt - a.calledAt;
}

function toDetail(
  { source, baseUrl, ticket, marked }: Candidate,
  inputs: TicketInputs,
): DetailTicket {
  const short = (value: string | null) =>
    value === null ? null : clip(value, detailLimits.shortText);
  return {
    source: clip(source, detailLimits.shortText),
    id: clip(ticket.id, detailLimits.shortText),
    number: clip(ticket.number, detailLimits.shortText),
    briefDescription: clip(ticket.briefDescription, detailLimits.text),
    priority: short(ticket.priority),
    category: short(ticket.category),
    subcategory: short(ticket.subcategory),
    operatorGroup: short(ticket.operatorGroup),
    processingStatus: short(ticket.processingStatus),
    callDate: ticket.callDate,
    closed: ticket.closed,
    majorCall: ticket.majorCall,
    routing: routingOf(ticket, {
      now: inputs.now,
      playbook: inputs.playbook,
      unassignedAfterMs: inputs.config.routing.unassignedAfter,
      routingSubjects: inputs.config.routing.subjects,
    }),
    marked,
    url: ticketUrl(baseUrl, ticket.number),
  };
}

function ticketUrl(baseUrl: string | null, number: string): string | null {
  if (baseUrl === null || number.trim() === '') return null;
  const url = topdeskIncidentUrl(baseUrl, number);
  return url.length <= detailLimits.url ? url : null;
}
