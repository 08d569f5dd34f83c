import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { EventDraft, EventKind, EventOf, TimelineEvent } from '../../shared/timeline/event.ts';

/** Timeline events for component tests: numbered, one minute apart, Dutch summaries. */
const START = Date.parse('2026-11-29T08:00:00.000Z');

function envelope(seq: number, domain: DomainId | null, actor = 'system') {
  return {
    seq,
    at: new Date(START + seq * 60_000).toISOString(),
    domain,
    source: null,
    actor,
  };
}

export function noteEvent(seq: number, text: string, domain: DomainId | null = null) {
  return {
    ...envelope(seq, domain, 'Tess'),
    kind: 'note',
    summary: text,
    data: {},
  } as const satisfies EventOf<'note'>;
}

export function raisedEvent(seq: number, domain: DomainId = 'website'): EventOf<'mark-raised'> {
  const mark = sampleMark('check-down');
  return {
    ...envelope(seq, domain),
    kind: 'mark-raised',
    summary: `Melding: ${mark.summary}`,
    data: { rule: 'check-down', severity: 'critical', since: mark.since, evidence: mark.evidence },
  };
}

export function followUpEvent(
  seq: number,
  kind: Extract<EventKind, 'mark-acknowledged' | 'mark-cleared'>,
  raised: EventOf<'mark-raised'>,
): TimelineEvent {
  const data = { rule: raised.data.rule, raisedSeq: raised.seq };
  const base = { ...envelope(seq, raised.domain, kind === 'mark-cleared' ? 'system' : 'Tess') };
  return kind === 'mark-cleared'
    ? { ...base, kind, summary: `Melding #${raised.seq} opgeheven`, data }
    : { ...base, kind, summary: `Melding #${raised.seq} bevestigd`, data };
}

/** `count` notes, seq 1…count, spread over the domains and none. */
export function manyNotes(count: number): TimelineEvent[] {
  const domains: (DomainId | null)[] = ['helpdesk', 'website', null];
  return Array.from({ length: count }, (_, index) =>
    noteEvent(index + 1, `Notitie ${index + 1}`, domains[index % domains.length] ?? null),
  );
}

/** The event as a writer hands it to the store: without its seq, which the store gives. */
export function draftOf(event: TimelineEvent): EventDraft {
  const draft: Partial<TimelineEvent> = { ...event };
  delete draft.seq;
  return draft as EventDraft;
}
