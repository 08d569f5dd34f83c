import { domainIds, type DomainId } from '../playbook/domains.ts';
import type { EventOf, TimelineEvent } from '../timeline/event.ts';
import { criticalIntervals, totalMs, type CriticalInterval } from './critical-time.ts';

/**
 * The figures of an incident report, worked out from the exported events alone: how long
 * each domain was critical, its marks, who acknowledged them and how fast — the war room's
 * mean time to acknowledge (MTTA) and to inform. Numbers and events only; the words are
 * made by report-document.ts.
 */

export interface MarkFigures {
  readonly raised: EventOf<'mark-raised'>;
  /** Every acknowledgement of this raising, first first. */
  readonly acknowledgements: readonly EventOf<'mark-acknowledged'>[];
  /** From raised to the first acknowledgement; null: not acknowledged in the period. */
  readonly timeToAcknowledgeMs: number | null;
  /** The first `informed` of its domain after it was raised. */
  readonly informed: EventOf<'informed'> | null;
  readonly timeToInformMs: number | null;
  readonly cleared: EventOf<'mark-cleared'> | null;
}

export interface DomainFigures {
  readonly domain: DomainId;
  readonly critical: readonly CriticalInterval[];
  readonly criticalMs: number;
  readonly marks: readonly MarkFigures[];
  readonly meanTimeToAcknowledgeMs: number | null;
  readonly meanTimeToInformMs: number | null;
}

export interface IncidentFigures {
  /** The period the figures cover, in ms since the epoch. */
  readonly start: number;
  readonly end: number;
  readonly events: number;
  /** Domains with any event in the period, in playbook order. */
  readonly domains: readonly DomainFigures[];
  readonly meanTimeToAcknowledgeMs: number | null;
  readonly meanTimeToInformMs: number | null;
}

export interface ReportPeriod {
  readonly from: Date | null;
  readonly to: Date | null;
  /** The moment of the export: where an open period, or one reaching into the future, ends. */
  readonly now: Date;
}

/** `events` in seq order, as the export read them. */
export function incidentFigures(
  events: readonly TimelineEvent[],
  period: ReportPeriod,
): IncidentFigures {
  const bounds = periodBounds(events, period);
  const present = new Set(events.map((event) => event.domain));
  const domains = domainIds
    .filter((domain) => present.has(domain))
    .map((domain) => domainFigures(events, domain, bounds));
  const marks = domains.flatMap((domain) => domain.marks);
  return {
    ...bounds,
    events: events.length,
    domains,
    meanTimeToAcknowledgeMs: mean(marks.map((mark) => mark.timeToAcknowledgeMs)),
    meanTimeToInformMs: mean(marks.map((mark) => mark.timeToInformMs)),
  };
}

/**
 * From `from` (else the first event) to `to` — but never past the export itself: a domain
 * still critical counts up to now, not to an end of the period still to come.
 */
function periodBounds(events: readonly TimelineEvent[], period: ReportPeriod) {
  const now = period.now.getTime();
  const end = Math.min(period.to?.getTime() ?? now, now);
  const first = events[0] ? Date.parse(events[0].at) : end;
  return { start: period.from?.getTime() ?? Math.min(first, end), end };
}

function domainFigures(
  events: readonly TimelineEvent[],
  domain: DomainId,
  bounds: { readonly start: number; readonly end: number },
): DomainFigures {
  const own = events.filter((event) => event.domain === domain);
  const critical = criticalIntervals(own, domain, bounds);
  const followUps = FollowUps.of(own);
  const marks = own
    .filter((event): event is EventOf<'mark-raised'> => event.kind === 'mark-raised')
    .map((raised) => markFigures(raised, followUps));
  return {
    domain,
    critical,
    criticalMs: totalMs(critical),
    marks,
    meanTimeToAcknowledgeMs: mean(marks.map((mark) => mark.timeToAcknowledgeMs)),
    meanTimeToInformMs: mean(marks.map((mark) => mark.timeToInformMs)),
  };
}

function markFigures(raised: EventOf<'mark-raised'>, followUps: FollowUps): MarkFigures {
  const acknowledgements = followUps.acknowledgements.get(raised.seq) ?? [];
  const informed = followUps.informedAfter(raised.seq);
  return {
    raised,
    acknowledgements,
    timeToAcknowledgeMs: elapsed(raised, acknowledgements[0]),
    informed,
    timeToInformMs: elapsed(raised, informed ?? undefined),
    cleared: followUps.cleared.get(raised.seq) ?? null,
  };
}

/** One domain's acknowledgements, clearings and informings, indexed once for all its marks. */
class FollowUps {
  readonly acknowledgements = new Map<number, EventOf<'mark-acknowledged'>[]>();
  readonly cleared = new Map<number, EventOf<'mark-cleared'>>();
  /** In seq order. */
  readonly #informed: EventOf<'informed'>[] = [];

  static of(own: readonly TimelineEvent[]): FollowUps {
    const followUps = new FollowUps();
    for (const event of own) followUps.#add(event);
    return followUps;
  }

  #add(event: TimelineEvent): void {
    if (event.kind === 'informed') this.#informed.push(event);
    if (event.kind === 'mark-cleared' && !this.cleared.has(event.data.raisedSeq))
      this.cleared.set(event.data.raisedSeq, event);
    if (event.kind === 'mark-acknowledged') {
      const list = this.acknowledgements.get(event.data.raisedSeq);
      if (list) list.push(event);
      else this.acknowledgements.set(event.data.raisedSeq, [event]);
    }
  }

  /** The first informing after `seq`, found by halving: a long incident has thousands. */
  informedAfter(seq: number): EventOf<'informed'> | null {
    let low = 0;
    let high = this.#informed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#informed[middle]!.seq > seq) high = middle;
      else low = middle + 1;
    }
    return this.#informed[low] ?? null;
  }
}

function elapsed(from: TimelineEvent, to: TimelineEvent | undefined): number | null {
  return to ? Math.max(0, Date.parse(to.at) - Date.parse(from.at)) : null;
}

function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((value) => value !== null);
  return known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0) / known.length;
}
