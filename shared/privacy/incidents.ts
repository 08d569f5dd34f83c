import type { Mark } from '../marks/mark.ts';
import type { DomainSnapshot } from '../snapshot/snapshot-schema.ts';
import type { AwarenessSource, PrivacyIncidentRef, PrivacyStartRequest } from './clock-schema.ts';

/**
 * The privacy incidents a clock can be started for: the marks of the privacy domain. A ticket
 * (the default playbook's "any open Privacy ticket") is the incident, and its call date the
 * default moment of awareness; any other mark (one met by hand, an alert) is the incident
 * itself, from its `since`. Only types are imported, so the renderer loads no schemas.
 */

export interface PrivacyIncident {
  /** The clock's id: `ticket:<id>` or `mark:<seq>`. */
  readonly key: string;
  readonly ref: PrivacyIncidentRef;
  /** What it is about, as the ticket or the mark says it. */
  readonly title: string | null;
  readonly defaultAwareness: {
    readonly at: string;
    readonly source: Exclude<AwarenessSource, 'edited'>;
  };
}

const TITLE_MAX = 300;

export function incidentKey(ref: PrivacyIncidentRef): string {
  return ref.kind === 'ticket' ? `ticket:${ref.ticketId}` : `mark:${ref.raisedSeq}`;
}

/** Every incident behind the domain's marks, each once, in the marks' order. */
export function privacyIncidents(domain: DomainSnapshot): PrivacyIncident[] {
  const found = new Map<string, PrivacyIncident>();
  for (const mark of domain.marks) {
    const incident = incidentOf(mark);
    if (incident && !found.has(incident.key)) found.set(incident.key, incident);
  }
  return [...found.values()];
}

/** The open incident a start asks for; null when no mark of the domain names it now. */
export function findIncident(
  domain: DomainSnapshot | undefined,
  wanted: PrivacyStartRequest['incident'],
): PrivacyIncident | null {
  if (!domain) return null;
  const key = wanted.kind === 'ticket' ? `ticket:${wanted.ticketId}` : `mark:${wanted.raisedSeq}`;
  return privacyIncidents(domain).find((incident) => incident.key === key) ?? null;
}

function incidentOf(mark: Mark): PrivacyIncident | null {
  const { evidence } = mark;
  if (evidence.kind === 'ticket-open') {
    const { ticket } = evidence;
    const ref = { kind: 'ticket', ticketId: ticket.id, number: ticket.number } as const;
    return {
      key: incidentKey(ref),
      ref,
      title: clip(ticket.briefDescription),
      defaultAwareness: { at: ticket.callDate, source: 'call-date' },
    };
  }
  // Escalatie's "not acknowledged" points at a mark elsewhere; it is never an incident itself.
  if (evidence.kind === 'unacknowledged' || mark.seq === null) return null;
  const ref = { kind: 'mark', raisedSeq: mark.seq, rule: mark.rule } as const;
  return {
    key: incidentKey(ref),
    ref,
    title: clip(markTitle(mark)),
    defaultAwareness: { at: mark.since, source: 'mark-since' },
  };
}

function markTitle(mark: Mark): string {
  const { evidence } = mark;
  if (evidence.kind === 'criterion-met') return evidence.reason;
  if (evidence.kind === 'alert-firing') return evidence.alert.summary ?? evidence.alert.name;
  return mark.summary;
}

function clip(text: string): string {
  return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
}
