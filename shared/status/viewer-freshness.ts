import type { Snapshot } from '../snapshot/snapshot-schema.ts';

/**
 * Main re-sends the snapshot every few seconds. A viewer that has not heard from it for
 * this long (three missed heartbeats) must stop showing green: the data may be dead.
 */
export const VIEWER_MAX_SNAPSHOT_AGE_MS = 15_000;

export function snapshotAgeMs(snapshot: Snapshot, now: Date): number {
  return now.getTime() - Date.parse(snapshot.generatedAt);
}

/** The snapshot as a viewer may show it: when it is too old, no domain is `ok` any more. */
export function withViewerFreshness(
  snapshot: Snapshot,
  now: Date,
  maxAgeMs = VIEWER_MAX_SNAPSHOT_AGE_MS,
): { snapshot: Snapshot; stale: boolean } {
  if (snapshotAgeMs(snapshot, now) <= maxAgeMs) return { snapshot, stale: false };
  const domains = snapshot.domains.map((domain) =>
    domain.status === 'ok' ? { ...domain, status: 'unknown' as const } : domain,
  );
  return { snapshot: { ...snapshot, domains }, stale: true };
}
