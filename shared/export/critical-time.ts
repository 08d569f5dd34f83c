import type { DomainId } from '../playbook/domains.ts';
import type { EventOf, TimelineEvent } from '../timeline/event.ts';

/** A stretch in which a domain was critical, in ms since the epoch. */
export interface CriticalInterval {
  readonly start: number;
  readonly end: number;
  /** Still critical when the period ended: `end` is the period's end, not a recovery. */
  readonly open: boolean;
}

/**
 * When one domain was critical within the period, from its `domain-status` events: from a
 * change to critical until the next change away from it. A first change *from* critical means
 * it already was when the period began; a stretch not yet over counts to the period's end.
 */
export function criticalIntervals(
  events: readonly TimelineEvent[],
  domain: DomainId,
  period: { readonly start: number; readonly end: number },
): CriticalInterval[] {
  const changes = events.filter(
    (event): event is EventOf<'domain-status'> =>
      event.kind === 'domain-status' && event.domain === domain,
  );
  const intervals: CriticalInterval[] = [];
  let since: number | null = changes[0]?.data.from === 'critical' ? period.start : null;
  for (const change of changes) {
    const at = clamp(Date.parse(change.at), period);
    if (change.data.to === 'critical') since ??= at;
    else if (since !== null) {
      intervals.push({ start: since, end: at, open: false });
      since = null;
    }
  }
  if (since !== null) intervals.push({ start: since, end: period.end, open: true });
  return intervals;
}

export function totalMs(intervals: readonly CriticalInterval[]): number {
  return intervals.reduce((sum, interval) => sum + (interval.end - interval.start), 0);
}

function clamp(at: number, period: { readonly start: number; readonly end: number }): number {
  return Math.min(Math.max(at, period.start), period.end);
}
