import type { Evidence, TicketRef } from '../../marks/evidence.ts';
import type { MarkRuleKind } from '../../marks/rule-kind.ts';
import { domains, type DomainId } from '../../playbook/domains.ts';
import type { DomainStatus } from '../../snapshot/snapshot-schema.ts';
import { SYSTEM_ACTOR, type EventDraft, type EventOf } from '../event.ts';

/**
 * Drafts of each kind a test needs, with the envelope filled in sensibly, so a test spells
 * out only what it is about. Times are ISO strings; `minutesAfter` makes them readable.
 */

export const INCIDENT_START = '2026-11-29T13:00:00.000Z';

/** The ISO time `minutes` after `base` (fractions for seconds). */
export function minutesAfter(minutes: number, base = INCIDENT_START): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString();
}

type Draft<K extends EventDraft['kind']> = Extract<EventDraft, { kind: K }>;
type Envelope = Partial<Pick<EventOf<'note'>, 'source' | 'actor' | 'summary'>>;

export function domainStatusDraft(
  at: string,
  domain: DomainId,
  from: DomainStatus,
  to: DomainStatus,
): Draft<'domain-status'> {
  const summary = `${title(domain)}: ${STATUS[from]} → ${STATUS[to]}`;
  return { ...system(at, domain, summary), kind: 'domain-status', data: { from, to } };
}

export function markRaisedDraft(
  at: string,
  domain: DomainId,
  evidence: Evidence,
  envelope: Envelope & { since?: string; severity?: 'warning' | 'critical' } = {},
): Draft<'mark-raised'> {
  const data = {
    rule: evidence.kind as MarkRuleKind,
    severity: envelope.severity ?? 'critical',
    since: envelope.since ?? at,
    evidence,
  };
  const summary = envelope.summary ?? `${title(domain)}: markering (${evidence.kind})`;
  return {
    ...system(at, domain, summary),
    source: envelope.source ?? null,
    kind: 'mark-raised',
    data,
  };
}

export function markFollowUpDraft<K extends 'mark-acknowledged' | 'mark-cleared'>(
  kind: K,
  at: string,
  domain: DomainId,
  raised: { seq: number; rule: MarkRuleKind },
  envelope: Envelope = {},
): Draft<K> {
  const verb = kind === 'mark-cleared' ? 'opgeheven' : 'bevestigd';
  const summary = envelope.summary ?? `${title(domain)}: markering #${raised.seq} ${verb}`;
  const base = { ...system(at, domain, summary), actor: envelope.actor ?? SYSTEM_ACTOR };
  return { ...base, kind, data: { rule: raised.rule, raisedSeq: raised.seq } } as Draft<K>;
}

export function informedDraft(
  at: string,
  domain: DomainId,
  actor: string,
  summary: string,
  data: { role: string; line: string } = { role: 'comms-coordination', line: 'telefoon' },
): Draft<'informed'> {
  return { ...system(at, domain, summary), actor, kind: 'informed', data };
}

export function noteDraft(
  at: string,
  domain: DomainId | null,
  actor: string,
  summary: string,
  kind: 'note' | 'decision' = 'note',
): Draft<'note' | 'decision'> {
  return { ...system(at, domain, summary), actor, kind, data: {} };
}

/** A TOPdesk ticket as a mark's evidence carries it. */
export function ticketRef(overrides: Partial<TicketRef> = {}): TicketRef {
  return {
    id: 't-1',
    number: 'I 2026 1234',
    briefDescription: 'Installatie lukt niet',
    priority: 'P2',
    category: 'Helpdesk',
    subcategory: 'Installatie',
    operatorGroup: 'CIBG service desk',
    callDate: INCIDENT_START,
    majorCall: false,
    routing: { status: 'ok', expected: ['cibg-service-desk'] },
    ...overrides,
  };
}

export function ticketOpenEvidence(ticket: TicketRef = ticketRef()): Evidence {
  return { kind: 'ticket-open', ticket, deadline: null };
}

export function alertEvidence(summary: string, labels: Record<string, string>): Evidence {
  const alert = { name: 'PortalDown', fingerprint: 'a1b2c3d4e5f60718', summary, labels };
  return { kind: 'alert-firing', alert, startsAt: INCIDENT_START };
}

const STATUS = { critical: 'KRITIEK', warning: 'WAARSCHUWING', unknown: 'ONBEKEND', ok: 'IN ORDE' };

function title(domain: DomainId): string {
  return domains.find((candidate) => candidate.id === domain)?.title.nl ?? domain;
}

function system(at: string, domain: DomainId | null, summary: string) {
  return { at, domain, source: null, actor: SYSTEM_ACTOR, summary };
}
