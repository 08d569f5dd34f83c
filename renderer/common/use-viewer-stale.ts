import { useEffect, useState } from 'react';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { VIEWER_MAX_SNAPSHOT_AGE_MS } from '../../shared/status/viewer-freshness.ts';

/**
 * Whether main has fallen silent: true once the snapshot is older than the viewer may show
 * it. One timer per snapshot, set for the moment it goes stale, instead of re-checking (and
 * re-drawing) every second.
 */
export function useViewerStale(snapshot: Snapshot): boolean {
  const staleAt = Date.parse(snapshot.generatedAt) + VIEWER_MAX_SNAPSHOT_AGE_MS;
  // The moment the timer last fired: stale while it is this snapshot's moment.
  const [firedFor, setFiredFor] = useState<number | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setFiredFor(staleAt), Math.max(0, staleAt - Date.now()) + 1);
    return () => clearTimeout(timer);
  }, [staleAt]);
  // An old snapshot is stale from its first render; a fresh one once its timer fired.
  // eslint-disable-next-line react-hooks/purity -- the clock decides staleness, read once per render
  return firedFor === staleAt || Date.now() > staleAt;
}
