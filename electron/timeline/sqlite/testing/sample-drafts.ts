import type { DomainId } from '../../../../shared/playbook/domains.ts';
import type { EventDraft, EventKind } from '../../../../shared/timeline/event.ts';

/** Drafts of every kind the store treats specially, for tests, the bench and the kill child. */

type DraftOf<K extends EventKind> = Extract<EventDraft, { kind: K }>;

const START = Date.parse('2026-05-01T08:00:00.000Z');

/** The launch morning plus `minutes`, as the store writes `at`. */
export function minutesIn(minutes: number): string {
  return new Date(START + minutes * 60_000).toISOString();
}

export function noteDraft(summary: string, minutes = 0, actor = 'Anna de Vries'): DraftOf<'note'> {
  return {
    kind: 'note',
    at: minutesIn(minutes),
    domain: null,
    source: null,
    actor,
    summary,
    data: {},
  };
}

export function domainStatusDraft(
  domain: DomainId,
  from: 'ok' | 'warning' | 'critical' | 'unknown',
  to: 'ok' | 'warning' | 'critical' | 'unknown',
  minutes = 0,
): DraftOf<'domain-status'> {
  return {
    kind: 'domain-status',
    at: minutesIn(minutes),
    domain,
    source: null,
    actor: 'system',
    summary: `${domain}: ${from} → ${to}`,
    data: { from, to },
  };
}

export function sourceHealthDraft(
  source: string,
  from: 'ok' | 'failing' | 'stale',
  to: 'ok' | 'failing' | 'stale',
  minutes = 0,
): DraftOf<'source-health'> {
  return {
    kind: 'source-health',
    at: minutesIn(minutes),
    domain: null,
    source,
    actor: 'system',
    summary: `${source}: ${from} → ${to}`,
    data: { from, to, error: null },
  };
}

export function markRaisedDraft(
  domain: DomainId,
  markKey: string,
  minutes = 0,
): DraftOf<'mark-raised'> {
  return {
    kind: 'mark-raised',
    at: minutesIn(minutes),
    domain,
    source: 'statuscake',
    actor: 'system',
    summary: `Check ${markKey} onbereikbaar`,
    markKey,
    data: {
      rule: 'check-down',
      severity: 'critical',
      since: minutesIn(minutes - 2),
      evidence: {
        kind: 'check-down',
        check: { id: markKey, name: `Check ${markKey}`, url: 'https://example.nl/' },
        downSince: minutesIn(minutes - 2),
        downForMs: 120_000,
      },
    },
  };
}

export function markClearedDraft(
  domain: DomainId,
  raisedSeq: number,
  minutes = 0,
): DraftOf<'mark-cleared'> {
  return {
    kind: 'mark-cleared',
    at: minutesIn(minutes),
    domain,
    source: 'statuscake',
    actor: 'system',
    summary: 'Check weer bereikbaar',
    data: { rule: 'check-down', raisedSeq },
  };
}

export function markAcknowledgedDraft(
  domain: DomainId,
  raisedSeq: number,
  actor: string,
  minutes = 0,
): DraftOf<'mark-acknowledged'> {
  return {
    kind: 'mark-acknowledged',
    at: minutesIn(minutes),
    domain,
    source: null,
    actor,
    summary: `${actor} pakt het op`,
    data: { rule: 'check-down', raisedSeq },
  };
}

export function markSnoozedDraft(
  domain: DomainId,
  raisedSeq: number,
  untilMinutes: number,
  minutes = 0,
): DraftOf<'mark-snoozed'> {
  return {
    kind: 'mark-snoozed',
    at: minutesIn(minutes),
    domain,
    source: null,
    actor: 'Bram Jansen',
    summary: 'Gesnoozed',
    data: { rule: 'check-down', raisedSeq, until: minutesIn(untilMinutes) },
  };
}

export function criterionDraft(
  kind: 'criterion-met' | 'criterion-withdrawn',
  domain: DomainId,
  reason: string,
  minutes = 0,
): DraftOf<'criterion-met'> | DraftOf<'criterion-withdrawn'> {
  const fields = {
    at: minutesIn(minutes),
    domain,
    source: null,
    actor: 'Bram Jansen',
    summary: reason,
  };
  return { kind, ...fields, data: { reason } };
}
