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
  return { snapshot: asHeardLast(snapshot), stale: true };
}

/**
 * A snapshot main stopped updating, as a viewer must show it: nothing `ok` — neither a
 * domain nor a source — and a domain greyed for that reason is unknown since the moment the
 * viewer last heard from main.
 */
export function asHeardLast(snapshot: Snapshot): Snapshot {
  const domains = snapshot.domains.map((domain) =>
    domain.status === 'ok'
      ? { ...domain, status: 'unknown' as const, since: snapshot.generatedAt }
      : domain,
  );
  const sources = snapshot.sources.map((source) =>
    source.health === 'ok' ? { ...source, health: 'stale' as const } : source,
  );
  return { ...snapshot, domains, sources };
}
