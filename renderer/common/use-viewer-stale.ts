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
  const [staleFor, setStaleFor] = useState<number | null>(() =>
    Date.now() > staleAt ? staleAt : null,
  );
  useEffect(() => {
    const wait = staleAt - Date.now();
    if (wait < 0) {
      setStaleFor(staleAt);
      return;
    }
    setStaleFor(null);
    const timer = setTimeout(() => setStaleFor(staleAt), wait + 1);
    return () => clearTimeout(timer);
  }, [staleAt]);
  return staleFor === staleAt;
}
