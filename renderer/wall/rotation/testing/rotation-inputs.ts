import { domainIds, type DomainId } from '../../../../shared/playbook/domains.ts';
import type { DomainStatus } from '../../../../shared/snapshot/snapshot-schema.ts';
import type { RotationDomain, RotationMark } from '../alarms.ts';
import {
  initialRotationState,
  pageKey,
  stepRotation,
  type RotationInput,
  type RotationState,
  type RotationView,
} from '../rotation.ts';

/** 14:00 in Amsterdam: when the wall opens in these tests. */
export const OPENED = Date.parse('2026-11-29T13:00:00.000Z');
export const SECOND = 1_000;
export const MINUTE = 60_000;

export const criticalMark: RotationMark = {
  severity: 'critical',
  acknowledged: null,
  snoozed: null,
};

export const acknowledgedMark: RotationMark = {
  ...criticalMark,
  acknowledged: { by: 'Tess', at: new Date(OPENED).toISOString(), note: null, seq: 9 },
};

export function snoozedUntil(until: number): RotationMark {
  const at = new Date(OPENED).toISOString();
  const snoozed = { by: 'Tess', at, until: new Date(until).toISOString(), reason: 'x', seq: 10 };
  return { ...criticalMark, snoozed };
}

/** A domain in a status; critical ones carry an unacknowledged critical mark unless given marks. */
export function domainAt(
  id: DomainId,
  status: DomainStatus,
  options: { since?: number | null; marks?: readonly RotationMark[] } = {},
): RotationDomain {
  const since = options.since === undefined ? OPENED : options.since;
  const marks = options.marks ?? (status === 'critical' ? [criticalMark] : []);
  return { id, status, since: since === null ? null : new Date(since).toISOString(), marks };
}

/** All seven domains, ok unless listed. */
export function domainsWith(
  changed: Partial<Record<DomainId, RotationDomain>> = {},
): RotationDomain[] {
  return domainIds.map((id) => changed[id] ?? domainAt(id, 'ok'));
}

export const settingsOf = (rotateEveryMs: number | null, alarmHoldMs = 2 * MINUTE) => ({
  rotateEveryMs,
  alarmHoldMs,
});

/** Feeds inputs one by one, as the hook does, and keeps every view it got. */
export class RotationDriver {
  state: RotationState = initialRotationState;
  view: RotationView | null = null;

  settings: RotationInput['settings'];

  constructor(settings: RotationInput['settings']) {
    this.settings = settings;
  }

  at(now: number, domains: readonly RotationDomain[]): RotationView {
    const step = stepRotation(this.state, {
      now,
      settings: this.settings,
      generatedAt: now,
      domains,
    });
    this.state = step.state;
    this.view = step.view;
    return step.view;
  }
}

export const pageName = (view: RotationView): string => pageKey(view.page);
