import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { DomainStatus, Mark } from '../../../shared/snapshot/snapshot-schema.ts';

/** What the rotation reads of a mark: whether it alarms, and until when a snooze quiets it. */
export type RotationMark = Pick<Mark, 'severity' | 'acknowledged' | 'snoozed'>;

/** What the rotation reads of a domain in the snapshot. */
export interface RotationDomain {
  readonly id: DomainId;
  readonly status: DomainStatus;
  /** When it entered its status (ISO); null where nobody watched it change. */
  readonly since: string | null;
  readonly marks: readonly RotationMark[];
}

/** A snooze counts until its `until` (as MarkState reads it), even if a snapshot still carries it. */
function snoozedAt(mark: RotationMark, now: number): boolean {
  return mark.snoozed !== null && Date.parse(mark.snoozed.until) > now;
}

/** A critical mark nobody has acknowledged or snoozed: what an alarm is made of. */
function alarming(mark: RotationMark, now: number): boolean {
  return mark.severity === 'critical' && mark.acknowledged === null && !snoozedAt(mark, now);
}

/** Critical with a mark nobody has seen to: the overview holds for it (playbook order). */
export function alarmDomainsAt(domains: readonly RotationDomain[], now: number): DomainId[] {
  return domains
    .filter((domain) => domain.status === 'critical' && domain.marks.some((m) => alarming(m, now)))
    .map((domain) => domain.id);
}

/** The alarm that turned critical last (its `since`; without one it counts as oldest). */
export function newestAlarm(
  domains: readonly RotationDomain[],
  alarms: readonly DomainId[],
): DomainId | null {
  let newest: { id: DomainId; at: number } | null = null;
  for (const domain of domains) {
    if (!alarms.includes(domain.id)) continue;
    const at = domain.since === null ? -Infinity : Date.parse(domain.since);
    if (newest === null || at > newest.at) newest = { id: domain.id, at };
  }
  return newest?.id ?? null;
}

/**
 * The next moment a snooze on a critical mark ends: the alarm may come back then without any
 * new snapshot saying so (main re-sends the same marks), so the rotation must look again.
 */
export function nextSnoozeEnd(domains: readonly RotationDomain[], now: number): number | null {
  let next: number | null = null;
  for (const domain of domains) {
    if (domain.status !== 'critical') continue;
    for (const mark of domain.marks) {
      if (mark.severity !== 'critical' || !mark.snoozed) continue;
      const until = Date.parse(mark.snoozed.until);
      if (until > now && (next === null || until < next)) next = until;
    }
  }
  return next;
}
