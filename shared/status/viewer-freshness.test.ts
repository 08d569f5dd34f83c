import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSnapshot } from '../snapshot/build-snapshot.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { VIEWER_MAX_SNAPSHOT_AGE_MS, withViewerFreshness } from './viewer-freshness.ts';

const HEARD = '2026-11-29T14:00:00.000Z';

function healthySnapshot(): Snapshot {
  const snapshot = buildSnapshot({
    generatedAt: new Date(HEARD),
    demo: false,
    playbook: defaultPlaybook,
    config: { sources: [], domains: {} },
    sources: [
      {
        id: 'topdesk',
        kind: 'topdesk',
        health: 'ok',
        lastSuccessAt: HEARD,
        error: null,
        nextPollAt: null,
      },
    ],
    marks: new Map(),
  });
  const domains = snapshot.domains.map((domain) => ({
    ...domain,
    status: domain.id === 'security' ? ('critical' as const) : ('ok' as const),
    since: '2026-11-29T13:00:00.000Z',
  }));
  return { ...snapshot, domains };
}

const after = (ms: number) => new Date(Date.parse(HEARD) + ms);

describe('what a viewer shows when main falls silent', () => {
  it('shows the snapshot as it is while it is fresh', () => {
    const snapshot = healthySnapshot();
    assert.deepEqual(withViewerFreshness(snapshot, after(VIEWER_MAX_SNAPSHOT_AGE_MS)), {
      snapshot,
      stale: false,
    });
  });

  it('greys every ok domain and every ok source once it is too old, unknown since last heard', () => {
    const { snapshot, stale } = withViewerFreshness(
      healthySnapshot(),
      after(VIEWER_MAX_SNAPSHOT_AGE_MS + 1),
    );
    assert.equal(stale, true);
    const helpdesk = snapshot.domains.find((domain) => domain.id === 'helpdesk');
    assert.deepEqual([helpdesk?.status, helpdesk?.since], ['unknown', HEARD]);
    const security = snapshot.domains.find((domain) => domain.id === 'security');
    // Worse than unknown stays as it was, since when included.
    assert.deepEqual([security?.status, security?.since], ['critical', '2026-11-29T13:00:00.000Z']);
    assert.deepEqual(
      snapshot.sources.map((source) => source.health),
      ['stale'],
    );
  });
});
