import type { Evidence, Routing, TicketRef } from '../../../shared/marks/evidence.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import { assertNever } from '../../../shared/result.ts';
import { formatClock, formatCount, formatDuration } from '../../../shared/text/format.ts';
import type { MessageKey } from '../../i18n/messages.ts';

/** One line of a mark's evidence: what it is, and its value in the reader's words. */
export interface EvidenceRow {
  readonly label: MessageKey;
  readonly value: string;
}

export interface EvidenceWords {
  readonly t: (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly language: Language;
  readonly timeZone: string;
  readonly now: Date;
  readonly playbook: Pick<Playbook, 'domains' | 'resolverGroups'>;
}

/** The most tickets of a spike the detail names by number; the tickets list has them all. */
const SPIKE_TICKETS_NAMED = 10;

/**
 * A mark's full evidence (shared/marks/evidence.ts) as label and value, every figure and
 * time of it: what the one-line sentence on the tile leaves out.
 */
export function evidenceRows(evidence: Evidence, words: EvidenceWords): EvidenceRow[] {
  const w = helpers(words);
  switch (evidence.kind) {
    case 'ticket-spike':
      return [
        {
          label: evidence.by === 'category' ? 'evidence.category' : 'evidence.subcategory',
          value: evidence.value,
        },
        { label: 'evidence.countNow', value: w.count(evidence.count) },
        { label: 'evidence.normal', value: w.count(evidence.expectedCount) },
        { label: 'evidence.window', value: w.duration(evidence.windowMs) },
        { label: 'evidence.baseline', value: w.duration(evidence.baselineMs) },
        { label: 'evidence.peak', value: w.peak(evidence.peak) },
        { label: 'evidence.tickets', value: spikeTickets(evidence.tickets, words) },
      ];
    case 'ticket-open':
      return [
        ...ticketRows(evidence.ticket, words),
        ...(evidence.deadline
          ? [{ label: 'evidence.deadline' as const, value: w.when(evidence.deadline) }]
          : []),
      ];
    case 'check-down':
      return [
        { label: 'evidence.check', value: evidence.check.name },
        { label: 'evidence.address', value: evidence.check.url },
        { label: 'evidence.downSince', value: w.clock(evidence.downSince) },
        { label: 'evidence.downFor', value: w.duration(evidence.downForMs) },
      ];
    case 'alert-firing':
      return [
        { label: 'evidence.alert', value: evidence.alert.name },
        ...(evidence.alert.summary
          ? [{ label: 'evidence.summary' as const, value: evidence.alert.summary }]
          : []),
        { label: 'evidence.labels', value: labelText(evidence.alert.labels) },
        { label: 'evidence.since', value: w.clock(evidence.startsAt) },
        { label: 'evidence.fingerprint', value: evidence.alert.fingerprint },
      ];
    case 'query-threshold':
      return [
        { label: 'evidence.query', value: evidence.label?.[words.language] ?? evidence.query },
        { label: 'evidence.countNow', value: w.count(evidence.count) },
        { label: 'evidence.threshold', value: w.count(evidence.threshold) },
        { label: 'evidence.window', value: w.duration(evidence.windowMs) },
        { label: 'evidence.peak', value: w.peak(evidence.peak) },
        ...(evidence.degraded
          ? [{ label: 'evidence.degraded' as const, value: words.t('evidence.degradedYes') }]
          : []),
      ];
    case 'unacknowledged': {
      const domain = words.playbook.domains.find((item) => item.id === evidence.mark.domain);
      return [
        { label: 'evidence.markOf', value: domain?.title[words.language] ?? evidence.mark.domain },
        { label: 'evidence.since', value: w.clock(evidence.mark.since) },
        { label: 'evidence.unacknowledgedFor', value: w.duration(evidence.unacknowledgedForMs) },
      ];
    }
    case 'criterion-met':
      return [
        { label: 'evidence.reason', value: evidence.reason },
        { label: 'evidence.by', value: evidence.by },
      ];
    default:
      return assertNever(evidence);
  }
}

function helpers(words: EvidenceWords) {
  const clock = (at: string) => formatClock(at, words.language, words.timeZone, words.now);
  const duration = (ms: number) => formatDuration(ms, words.language);
  const count = (value: number) => formatCount(value, words.language);
  return {
    clock,
    duration,
    count,
    peak: (peak: { count: number; at: string; spanMs: number | null }) =>
      words.t(peak.spanMs === null ? 'evidence.peakAt' : 'evidence.peakIn', {
        count: count(peak.count),
        time: clock(peak.at),
        span: duration(peak.spanMs ?? 0),
      }),
    /** A moment and how far it is from now: "2 dec. 13:00 (over 2 dagen)". */
    when: (at: string) => {
      const ms = Date.parse(at) - words.now.getTime();
      const key = ms >= 0 ? 'evidence.inTime' : 'evidence.agoTime';
      return `${clock(at)} (${words.t(key, { duration: duration(Math.abs(ms)) })})`;
    },
  };
}

function ticketRows(ticket: TicketRef, words: EvidenceWords): EvidenceRow[] {
  const w = helpers(words);
  const subject = [ticket.category, ticket.subcategory].filter(Boolean).join(' / ');
  return [
    { label: 'evidence.ticket', value: `${ticket.number} — ${ticket.briefDescription}` },
    { label: 'evidence.priority', value: ticket.priority ?? '—' },
    { label: 'evidence.subject', value: subject || '—' },
    { label: 'evidence.group', value: ticket.operatorGroup ?? '—' },
    { label: 'evidence.called', value: w.clock(ticket.callDate) },
    { label: 'evidence.routing', value: routingText(ticket.routing, words) },
  ];
}

function spikeTickets(tickets: readonly TicketRef[], words: EvidenceWords): string {
  const named = tickets.slice(0, SPIKE_TICKETS_NAMED).map((ticket) => ticket.number);
  const more = tickets.length - named.length;
  return more > 0 ? `${named.join(', ')} ${words.t('detail.more', { n: more })}` : named.join(', ');
}

/** Where §1.3 routes a ticket and whether it sits there, in words. */
export function routingText(
  routing: Routing,
  words: Pick<EvidenceWords, 't' | 'playbook'>,
): string {
  const groups = routing.expected
    .map((id) => words.playbook.resolverGroups.find((group) => group.id === id)?.name ?? id)
    .join(', ');
  switch (routing.status) {
    case 'ok':
      return words.t('routing.ok');
    case 'misrouted':
      return words.t('routing.misrouted', { groups });
    case 'unassigned':
      return words.t('routing.unassigned');
    case 'not-checked':
      return words.t('routing.notChecked');
    default:
      return assertNever(routing.status);
  }
}

function labelText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
}
