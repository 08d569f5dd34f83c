import type { DomainStatus, Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { domainStatuses } from '../../shared/snapshot/snapshot-schema.ts';
import { withViewerFreshness } from '../../shared/status/viewer-freshness.ts';

/** What the tray shows: the worst status, the critical marks, and how old the data is. */
export interface TrayStatus {
  readonly status: DomainStatus;
  readonly critical: number;
  /** `stale`: no snapshot for longer than a viewer accepts (VIEWER_MAX_SNAPSHOT_AGE_MS). */
  readonly data: 'fresh' | 'stale' | 'none';
}

/**
 * The worst status of all domains, by the same freshness rule as the wall and the desk: data
 * that is too old never shows green (it turns grey), while a red or amber it knew of stays.
 */
export function trayStatus(snapshot: Snapshot | null, now: Date): TrayStatus {
  if (!snapshot) return { status: 'unknown', critical: 0, data: 'none' };
  const fresh = withViewerFreshness(snapshot, now);
  const statuses = new Set(fresh.snapshot.domains.map((domain) => domain.status));
  // domainStatuses is worst first; a snapshot without domains has nothing to vouch for.
  const status = domainStatuses.find((candidate) => statuses.has(candidate)) ?? 'unknown';
  const critical = snapshot.domains
    .flatMap((domain) => domain.marks)
    .filter((mark) => mark.severity === 'critical').length;
  return { status, critical, data: fresh.stale ? 'stale' : 'fresh' };
}

/** The tooltip, in the war room's language: "Dijkwacht — 3 kritieke meldingen". */
export function trayTooltip(status: TrayStatus): string {
  if (status.data === 'none') return 'Dijkwacht — nog geen status';
  const count =
    status.critical === 0
      ? 'geen kritieke meldingen'
      : `${status.critical} ${status.critical === 1 ? 'kritieke melding' : 'kritieke meldingen'}`;
  return `Dijkwacht — ${count}${status.data === 'stale' ? ' (status verouderd)' : ''}`;
}

export function sameTrayStatus(a: TrayStatus | null, b: TrayStatus): boolean {
  return a !== null && a.status === b.status && a.critical === b.critical && a.data === b.data;
}
