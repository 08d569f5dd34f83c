import type { Mark } from '../marks/mark.ts';
import type { Evidence, EvidenceOf } from '../marks/evidence.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { clip } from './clip.ts';
import {
  detailLimits,
  type DetailAlert,
  type DetailCheck,
  type DetailTicket,
  type DomainDetail,
} from './domain-detail-schema.ts';

/**
 * A domain's detail from nothing but a snapshot: the tickets, checks and alerts its marks
 * hold as evidence. What a screen without a collector answers (the browser tests' fixed
 * pictures, the component tests); main builds the real one from the signals
 * (electron/app/domain-detail.ts). A snapshot names no TOPdesk host: tickets have a link only
 * when the caller makes one.
 */
export function detailFromMarks(
  snapshot: Snapshot,
  domain: DomainId,
  /** A ticket's link by its number, for a screen that pretends to know a TOPdesk host. */
  ticketUrl: (number: string) => string | null = () => null,
): DomainDetail {
  const marks = snapshot.domains.find((candidate) => candidate.id === domain)?.marks ?? [];
  const evidence = marks.flatMap(ownEvidence);
  const tickets = evidence
    .flatMap(ticketsOf)
    .map((ticket) => ({ ...ticket, url: ticketUrl(ticket.number) }));
  const checks = evidence.flatMap((item) => (item.kind === 'check-down' ? [checkOf(item)] : []));
  const alerts = evidence.flatMap((item) => (item.kind === 'alert-firing' ? [alertOf(item)] : []));
  return {
    domain,
    generatedAt: snapshot.generatedAt,
    tickets: bounded(unique(tickets), detailLimits.tickets),
    checks: bounded(checks, detailLimits.checks),
    alerts: bounded(alerts, detailLimits.alerts),
    queries: null,
  };
}

function ownEvidence(mark: Mark): Evidence[] {
  return mark.evidence.kind === 'unacknowledged' ? [] : [mark.evidence];
}

function ticketsOf(evidence: Evidence): DetailTicket[] {
  const refs =
    evidence.kind === 'ticket-open'
      ? [evidence.ticket]
      : evidence.kind === 'ticket-spike'
        ? evidence.tickets
        : [];
  return refs.map((ref) => ({
    source: 'topdesk',
    id: short(ref.id),
    number: short(ref.number),
    briefDescription: clip(ref.briefDescription, detailLimits.text),
    priority: shortOrNull(ref.priority),
    category: shortOrNull(ref.category),
    subcategory: shortOrNull(ref.subcategory),
    operatorGroup: shortOrNull(ref.operatorGroup),
    processingStatus: null,
    callDate: ref.callDate,
    closed: false,
    majorCall: ref.majorCall,
    routing: ref.routing,
    marked: true,
    url: null,
  }));
}

function checkOf(evidence: EvidenceOf<'check-down'>): DetailCheck {
  return {
    source: 'statuscake',
    id: short(evidence.check.id),
    name: clip(evidence.check.name, detailLimits.text),
    url: clip(evidence.check.url, detailLimits.url),
    status: 'down',
    paused: false,
    tags: [],
    downSince: evidence.downSince,
    downPeriods: [{ from: evidence.downSince, to: null }],
  };
}

function alertOf(evidence: EvidenceOf<'alert-firing'>): DetailAlert {
  const { alert } = evidence;
  return {
    source: 'alertmanager',
    fingerprint: short(alert.fingerprint),
    name: clip(alert.name, detailLimits.text),
    state: 'active',
    startsAt: evidence.startsAt,
    silenced: false,
    inhibited: false,
    labels: Object.entries(alert.labels)
      .slice(0, detailLimits.alertFields)
      .map(([name, value]) => ({ name: short(name), value: clip(value, detailLimits.longText) })),
    annotations:
      alert.summary === null
        ? []
        : [{ name: 'summary', value: clip(alert.summary, detailLimits.longText) }],
    omittedFields: Math.max(0, Object.keys(alert.labels).length - detailLimits.alertFields),
    generatorURL: null,
  };
}

function unique(tickets: readonly DetailTicket[]): DetailTicket[] {
  return [...new Map(tickets.map((ticket) => [ticket.id, ticket])).values()];
}

/** A section of what the marks hold; none when they hold nothing of its kind. */
function bounded<T>(items: readonly T[], max: number): { items: T[]; total: number } | null {
  return items.length === 0 ? null : { items: items.slice(0, max), total: items.length };
}

function short(text: string): string {
  return clip(text, detailLimits.shortText);
}

function shortOrNull(text: string | null): string | null {
  return text === null ? null : short(text);
}
