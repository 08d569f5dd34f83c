import { parseConfigText } from '../../../../shared/config/parse-config.ts';
import type { WallCharts } from '../../../../shared/charts/chart-schema.ts';
import { DEFAULT_WALL_SETTINGS } from '../../../../shared/ipc/contract.ts';
import { sampleMark } from '../../../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../../../shared/playbook/playbook.ts';
import { buildSnapshot } from '../../../../shared/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../../../shared/snapshot/snapshot-schema.ts';
import type { Publication } from '../../../../shared/timeline/war-room.ts';
import type { CollectorHolder } from '../../../../shared/timeline/timeline-store.ts';

/** The moment every sample here is generated at: 14:05 in Amsterdam. */
export const SAMPLE_PUBLISHED_AT = '2026-11-29T13:05:00.000Z';

/** A snapshot built by the real shared code, with one mark raised as event `markSeq`. */
export function sampleSnapshot(generatedAt = SAMPLE_PUBLISHED_AT, markSeq = 7): Snapshot {
  const config = parseConfigText('title: Gedeelde meldkamer', { fileName: 'test.yaml', env: {} });
  if (!config.ok) throw config.error;
  const base = buildSnapshot({
    generatedAt: new Date(generatedAt),
    demo: false,
    playbook: defaultPlaybook,
    config: config.value,
    sources: [],
    marks: new Map(),
  });
  const mark = { ...sampleMark('check-down'), seq: markSeq };
  return {
    ...base,
    domains: base.domains.map((domain, index) =>
      index === 0 ? { ...domain, status: 'critical', marks: [mark] } : domain,
    ),
  };
}

export function sampleCharts(generatedAt = SAMPLE_PUBLISHED_AT): WallCharts {
  const from = new Date(Date.parse(generatedAt) - 6 * 3_600_000).toISOString();
  return { generatedAt, from, helpdesk: null, queries: [], checks: [] };
}

/** A publication every seat must accept: what a collector publishes after one poll. */
export function samplePublication(generatedAt = SAMPLE_PUBLISHED_AT): Publication {
  return {
    snapshot: sampleSnapshot(generatedAt),
    charts: sampleCharts(generatedAt),
    info: {
      title: 'Gedeelde meldkamer',
      timezone: 'Europe/Amsterdam',
      demo: false,
      wall: DEFAULT_WALL_SETTINGS,
    },
    playbook: defaultPlaybook,
  };
}

/** A collector as the lease and the published row name it. */
export function sampleHolder(
  name: string,
  overrides: Partial<CollectorHolder> = {},
): CollectorHolder {
  return {
    id: `${name}-id`,
    pid: process.pid,
    host: 'meldkamer-1',
    startedAt: '2026-11-29T07:00:00.000Z',
    label: name,
    ...overrides,
  };
}
