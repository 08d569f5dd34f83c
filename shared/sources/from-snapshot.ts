import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import type { SourcesDetail } from './source-detail.ts';

/**
 * The sources page's detail as far as a snapshot tells it: no poll timings, a default
 * interval. For screens with no collector behind them (the fixed pictures of the layout
 * tests, the component tests' fake API).
 */
export function detailFromSnapshot(snapshot: Snapshot, intervalMs = 60_000): SourcesDetail {
  return {
    generatedAt: snapshot.generatedAt,
    sources: snapshot.sources.map((source) => ({
      id: source.id,
      kind: source.kind,
      health: source.health,
      lastSuccessAt: source.lastSuccessAt,
      error: source.error,
      nextPollAt: source.nextPollAt,
      paused: source.paused ?? null,
      polling: false,
      intervalMs,
      recentPolls: [],
      latency: null,
    })),
  };
}
