import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { withViewerFreshness } from '../../shared/status/viewer-freshness.ts';
import { useNow } from '../app/use-now.ts';

/** The snapshot as it may be shown now: turned from green to unknown once main falls silent. */
export function useFreshSnapshot(snapshot: Snapshot): {
  snapshot: Snapshot;
  stale: boolean;
  now: Date;
} {
  const now = useNow();
  return { ...withViewerFreshness(snapshot, now), now };
}
