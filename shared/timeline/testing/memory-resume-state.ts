import type { EventOf, TimelineEvent } from '../event.ts';
import type { OpenMarkRecord, ResumeState } from '../timeline-store.ts';

/**
 * What a collector needs after a restart, worked out from the whole history in seq order the
 * way the interface describes it: the newest status per domain and source, the marks raised
 * and not cleared with their acknowledgements and snoozes, the criteria met and not withdrawn.
 */
export function resumeStateOf(
  events: readonly TimelineEvent[],
  markKeys: ReadonlyMap<number, string>,
): ResumeState {
  const domainStatus = new Map<string, EventOf<'domain-status'>['data']['to']>();
  const domainStatusSince = new Map<string, string>();
  const sourceHealth = new Map<string, EventOf<'source-health'>['data']['to']>();
  const marks = new Map<number, MutableMark>();
  const criteria = new Map<string, EventOf<'criterion-met'>[]>();
  for (const event of events) {
    if (event.kind === 'domain-status' && event.domain) {
      domainStatus.set(event.domain, event.data.to);
      domainStatusSince.set(event.domain, event.at);
    }
    if (event.kind === 'source-health' && event.source)
      sourceHealth.set(event.source, event.data.to);
    trackMark(marks, markKeys, event);
    trackCriterion(criteria, event);
  }
  return {
    lastSeq: events.at(-1)?.seq ?? 0,
    domainStatus,
    domainStatusSince,
    sourceHealth,
    openMarks: [...marks.values()],
    openCriteria: [...criteria.values()].flat(),
  };
}

interface MutableMark extends OpenMarkRecord {
  readonly acknowledgements: EventOf<'mark-acknowledged'>[];
  readonly snoozes: EventOf<'mark-snoozed'>[];
}

function trackMark(
  marks: Map<number, MutableMark>,
  markKeys: ReadonlyMap<number, string>,
  event: TimelineEvent,
): void {
  if (event.kind === 'mark-raised') {
    const markKey = markKeys.get(event.seq) ?? null;
    marks.set(event.seq, { raised: event, markKey, acknowledgements: [], snoozes: [] });
  }
  if (event.kind === 'mark-cleared') marks.delete(event.data.raisedSeq);
  if (event.kind === 'mark-acknowledged')
    marks.get(event.data.raisedSeq)?.acknowledgements.push(event);
  if (event.kind === 'mark-snoozed') marks.get(event.data.raisedSeq)?.snoozes.push(event);
}

/** Keyed by domain: a withdrawal ends every criterion its domain had met before it. */
function trackCriterion(criteria: Map<string, EventOf<'criterion-met'>[]>, event: TimelineEvent) {
  const key = event.domain ?? '';
  if (event.kind === 'criterion-met') criteria.set(key, [...(criteria.get(key) ?? []), event]);
  if (event.kind === 'criterion-withdrawn') criteria.delete(key);
}
