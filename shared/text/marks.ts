import type { EvidenceOf, MarkedEvidence } from '../marks/evidence.ts';
import type { Mark } from '../marks/mark.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Language } from '../playbook/text.ts';
import { assertNever } from '../result.ts';
import { formatClock, formatCount, formatDuration } from './format.ts';
import { phrases, type Phrases } from './mark-phrases.ts';

/** What a mark's text needs besides the mark: the reader's language, the war room's clock. */
export interface MarkTextContext {
  readonly language: Language;
  readonly timeZone: string;
  /** The moment the text is true for: the snapshot's generatedAt. */
  readonly now: Date;
  readonly playbook: Pick<Playbook, 'domains' | 'resolverGroups'>;
}

/**
 * A mark in one line for people, made from its typed evidence in the reader's language: the
 * wall, the coordinator, the CLI's text and the JSON's Dutch `summary` all say the same. A
 * held mark says what is true now, its peak apart, and when it clears if all stays quiet.
 */
export function describeMark(
  mark: Pick<Mark, 'evidence' | 'held'>,
  context: MarkTextContext,
): string {
  const words = new Words(context);
  const text = describeEvidence(mark.evidence, mark.held?.since ?? null, words);
  return mark.held ? `${text} — ${words.p.clearsAt(words.clock(mark.held.clearsAt))}` : text;
}

/** The formatting helpers of one reader, so each phrase reads as the sentence it makes. */
class Words {
  readonly p: Phrases;
  readonly #context: MarkTextContext;

  constructor(context: MarkTextContext) {
    this.#context = context;
    this.p = phrases[context.language];
  }

  count(value: number): string {
    return formatCount(value, this.#context.language);
  }

  duration(ms: number): string {
    return formatDuration(ms, this.#context.language);
  }

  clock(at: string): string {
    return formatClock(at, this.#context.language, this.#context.timeZone, this.#context.now);
  }

  untilNow(at: string): number {
    return this.#context.now.getTime() - Date.parse(at);
  }

  window(ms: number): string {
    return ms === 3_600_000 ? this.p.lastHour : this.p.lastSpan(this.duration(ms));
  }

  domainTitle(id: string): string {
    const domain = this.#context.playbook.domains.find((candidate) => candidate.id === id);
    return domain?.title[this.#context.language] ?? id;
  }

  groupNames(ids: readonly string[]): string {
    const names = ids.map(
      (id) => this.#context.playbook.resolverGroups.find((group) => group.id === id)?.name ?? id,
    );
    return names.join(this.p.or);
  }
}

function describeEvidence(
  evidence: Mark['evidence'],
  heldSince: string | null,
  words: Words,
): string {
  if (evidence.kind === 'criterion-met') return words.p.criterionMet(evidence.reason, evidence.by);
  if (evidence.kind === 'unacknowledged') {
    const nested = evidence.mark;
    return words.p.unacknowledged(
      words.duration(evidence.unacknowledgedForMs),
      words.domainTitle(nested.domain),
      describeMarked(nested.evidence, null, words),
    );
  }
  return describeMarked(evidence, heldSince, words);
}

function describeMarked(evidence: MarkedEvidence, heldSince: string | null, words: Words): string {
  switch (evidence.kind) {
    case 'ticket-spike':
      return spike(evidence, heldSince, words);
    case 'ticket-open':
      return ticketOpen(evidence, heldSince, words);
    case 'check-down':
      return heldSince
        ? words.p.checkBack(
            evidence.check.name,
            words.clock(heldSince),
            words.duration(evidence.downForMs),
          )
        : words.p.checkDown(evidence.check.name, words.duration(evidence.downForMs));
    case 'alert-firing':
      return heldSince
        ? words.p.alertGone(evidence.alert.name, words.clock(heldSince))
        : words.p.alert(evidence.alert.name, evidence.alert.summary);
    case 'query-threshold':
      return query(evidence, heldSince, words);
    default:
      return assertNever(evidence);
  }
}

function spike(evidence: EvidenceOf<'ticket-spike'>, heldSince: string | null, words: Words) {
  const normal =
    evidence.expectedCount < 1 ? words.p.fewerThanOne : words.count(evidence.expectedCount);
  const window = words.window(evidence.windowMs);
  if (!heldSince) return words.p.spike(evidence.value, words.count(evidence.count), window, normal);
  const peak = evidence.peak;
  const span = peak.spanMs === null ? null : words.duration(peak.spanMs);
  return words.p.spikeOver(
    evidence.value,
    words.count(evidence.count),
    window,
    words.p.peak(words.count(peak.count), span, words.clock(peak.at)),
    normal,
  );
}

function ticketOpen(evidence: EvidenceOf<'ticket-open'>, heldSince: string | null, words: Words) {
  const ticket = evidence.ticket;
  const label = [ticket.priority, ticket.number].filter(Boolean).join(' ');
  const group = ticket.operatorGroup ? ` (${ticket.operatorGroup})` : '';
  const parts = [`${label}: ${ticket.briefDescription}${group}`];
  if (evidence.deadline) {
    const left = -words.untilNow(evidence.deadline);
    parts.push(
      left > 0
        ? words.p.deadline(words.clock(evidence.deadline), words.duration(left))
        : words.p.deadlinePassed(words.clock(evidence.deadline)),
    );
  }
  const routing = ticket.routing;
  if (routing.status === 'misrouted')
    parts.push(words.p.belongsWith(words.groupNames(routing.expected)));
  if (routing.status === 'unassigned')
    parts.push(words.p.noGroupYet(words.duration(words.untilNow(ticket.callDate))));
  if (heldSince) parts.push(words.p.noLongerOpen(words.clock(heldSince)));
  return parts.join('');
}

function query(evidence: EvidenceOf<'query-threshold'>, heldSince: string | null, words: Words) {
  const what = evidence.label?.[words.p.language] ?? null;
  const hits = words.p.hits(words.count(evidence.count), what, evidence.query);
  const window = words.window(evidence.windowMs);
  const threshold = words.count(evidence.threshold);
  const partial = evidence.degraded ? words.p.partial : '';
  if (!heldSince) return `${words.p.queryNow(hits, window, threshold)}${partial}`;
  const peak = evidence.peak;
  return `${words.p.queryOver(hits, window, words.p.peak(words.count(peak.count), null, words.clock(peak.at)), threshold)}${partial}`;
}
