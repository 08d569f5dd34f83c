import type { WallCharts } from '../../../shared/charts/chart-schema.ts';
import type { Config } from '../../../shared/config/parse-config.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { buildSnapshot } from '../../../shared/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';

/**
 * What a seat shows before any collector published (docs/war-room.md): every domain of the
 * playbook `unknown`, no sources — nothing it could vouch for.
 */
export function waitingSnapshot(
  playbook: Playbook,
  config: Config,
  now: Date,
  demo: boolean,
): Snapshot {
  const snapshot = buildSnapshot({
    generatedAt: now,
    demo,
    playbook,
    config: { ...config, sources: [] },
    sources: [],
    marks: new Map(),
  });
  return {
    ...snapshot,
    domains: snapshot.domains.map((domain) => ({ ...domain, status: 'unknown' as const })),
  };
}

/** Charts with nothing to draw, for the same moment. */
export function emptyCharts(now: Date): WallCharts {
  const at = now.toISOString();
  return { generatedAt: at, from: at, helpdesk: null, queries: [], checks: [] };
}
