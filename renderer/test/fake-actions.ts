import type { InvokeRequest } from '../../shared/ipc/contract.ts';
import type { Mark } from '../../shared/marks/mark.ts';
import { criterionFor } from '../../shared/playbook/criteria.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { EventDraft, TimelineEvent } from '../../shared/timeline/event.ts';

/**
 * What main does for each action, in memory: the event it writes and how the next snapshot
 * shows it. Summaries are short Dutch stand-ins, shaped as docs/timeline.md describes them.
 */
export interface Seat {
  readonly actor: string;
  readonly at: string;
}

type Draft = EventDraft;
const envelope = (seat: Seat, domain: DomainId | null) => ({
  at: seat.at,
  actor: seat.actor,
  domain,
  source: null,
});

export function findMark(snapshot: Snapshot, seq: number) {
  for (const domain of snapshot.domains) {
    const mark = domain.marks.find((candidate) => candidate.seq === seq);
    if (mark) return { domain: domain.id, mark };
  }
  throw new Error(`Geen open melding #${seq}`);
}

export function acknowledgeDraft(
  snapshot: Snapshot,
  request: InvokeRequest<'action:acknowledge'>,
  seat: Seat,
): Draft {
  const { domain, mark } = findMark(snapshot, request.raisedSeq);
  return {
    ...envelope(seat, domain),
    kind: 'mark-acknowledged',
    summary: `Melding #${request.raisedSeq} bevestigd${request.note ? ` — ${request.note}` : ''}`,
    data: { rule: mark.rule, raisedSeq: request.raisedSeq },
  };
}

export function snoozeDraft(
  snapshot: Snapshot,
  request: InvokeRequest<'action:snooze'>,
  seat: Seat,
): Draft {
  const { domain, mark } = findMark(snapshot, request.raisedSeq);
  const until = new Date(Date.parse(seat.at) + request.forMs).toISOString();
  return {
    ...envelope(seat, domain),
    kind: 'mark-snoozed',
    summary: `Melding #${request.raisedSeq} gesluimerd — ${request.reason}`,
    data: { rule: mark.rule, raisedSeq: request.raisedSeq, until },
  };
}

export function informedDraft(request: InvokeRequest<'action:informed'>, seat: Seat): Draft {
  const line = defaultPlaybook.domains.find((domain) => domain.id === request.domain)?.line.nl;
  return {
    ...envelope(seat, request.domain),
    kind: 'informed',
    summary: `${request.role} geïnformeerd`,
    data: { role: request.role, line: line ?? '' },
  };
}

export function criterionDraft(request: InvokeRequest<'action:criterion'>, seat: Seat): Draft {
  const base = { ...envelope(seat, request.domain), data: { reason: request.reason } };
  return request.met
    ? { ...base, kind: 'criterion-met', summary: `Criterium vastgesteld: ${request.reason}` }
    : { ...base, kind: 'criterion-withdrawn', summary: `Criterium ingetrokken: ${request.reason}` };
}

export function logDraft(request: InvokeRequest<'action:log'>, seat: Seat): Draft {
  return { ...envelope(seat, request.domain), kind: request.kind, summary: request.text, data: {} };
}

/** What the coordinator typed that the event's data does not keep. */
export interface Typed {
  readonly note?: string | undefined;
  readonly reason?: string | undefined;
}

/** The snapshot main would push after `event`. */
export function snapshotAfter(snapshot: Snapshot, event: TimelineEvent, typed: Typed): Snapshot {
  return {
    ...snapshot,
    domains: snapshot.domains.map((domain) =>
      domain.id === event.domain
        ? { ...domain, marks: marksAfter(domain.id, domain.marks, event, typed) }
        : domain,
    ),
  };
}

function marksAfter(
  domain: DomainId,
  marks: readonly Mark[],
  event: TimelineEvent,
  typed: Typed,
): Mark[] {
  const { actor: by, at, seq } = event;
  switch (event.kind) {
    case 'mark-acknowledged':
      return marks.map((mark) =>
        mark.seq === event.data.raisedSeq
          ? { ...mark, acknowledged: { by, at, note: typed.note ?? null, seq } }
          : mark,
      );
    case 'mark-snoozed':
      return marks.map((mark) =>
        mark.seq === event.data.raisedSeq
          ? {
              ...mark,
              snoozed: { by, at, until: event.data.until, reason: typed.reason ?? '', seq },
            }
          : mark,
      );
    case 'criterion-met':
      return [...marks, manualMark(domain, event.data.reason, by, at, seq)];
    case 'criterion-withdrawn':
      return marks.filter((mark) => mark.rule !== 'criterion-met');
    default:
      return [...marks];
  }
}

export function manualMark(
  domain: DomainId,
  reason: string,
  by: string,
  at: string,
  seq: number,
): Mark {
  return {
    rule: 'criterion-met',
    severity: 'critical',
    since: at,
    summary: `Criterium vastgesteld door ${by}: ${reason}`,
    evidence: { kind: 'criterion-met', reason, by, metSeq: seq },
    criterion: criterionFor(domain, 'criterion-met').id,
    held: null,
    seq,
    acknowledged: null,
    snoozed: null,
  };
}
