import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSnapshot } from '../snapshot/build-snapshot.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import type { DomainStatus, Snapshot } from '../snapshot/snapshot-schema.ts';
import { StatusSinceTracker } from './status-since.ts';

/** A snapshot at `at` with helpdesk in `status` (the others as they come). */
function snapshotAt(at: string, status: DomainStatus): Snapshot {
  const base = buildSnapshot({
    generatedAt: new Date(at),
    demo: true,
    playbook: defaultPlaybook,
    config: { sources: [], domains: {} },
    sources: [],
    marks: new Map(),
  });
  return {
    ...base,
    domains: base.domains.map((domain) =>
      domain.id === 'helpdesk' ? { ...domain, status } : domain,
    ),
  };
}

const helpdeskSince = (snapshot: Snapshot) =>
  snapshot.domains.find((domain) => domain.id === 'helpdesk')?.since;

describe('since when a domain is in its status', () => {
  it('starts at the first snapshot that shows the status and holds while it stays', () => {
    const tracker = new StatusSinceTracker();
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:00:00.000Z', 'ok'))),
      '2026-11-29T14:00:00.000Z',
    );
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:02:00.000Z', 'critical'))),
      '2026-11-29T14:02:00.000Z',
    );
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:14:00.000Z', 'critical'))),
      '2026-11-29T14:02:00.000Z',
    );
  });

  it('after a restart, takes the recorded since over once the same status shows again', () => {
    const tracker = new StatusSinceTracker(
      new Map([['helpdesk', { status: 'critical', since: '2026-11-29T13:20:00.000Z' }]]),
    );
    // The sources have not answered yet: unknown since the start, the record kept for later.
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:00:00.000Z', 'unknown'))),
      '2026-11-29T14:00:00.000Z',
    );
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:00:02.000Z', 'critical'))),
      '2026-11-29T13:20:00.000Z',
    );
  });

  it('after a restart, a different status starts now and the record is forgotten', () => {
    const tracker = new StatusSinceTracker(
      new Map([['helpdesk', { status: 'critical', since: '2026-11-29T13:20:00.000Z' }]]),
    );
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:00:00.000Z', 'ok'))),
      '2026-11-29T14:00:00.000Z',
    );
    assert.equal(
      helpdeskSince(tracker.stamp(snapshotAt('2026-11-29T14:05:00.000Z', 'critical'))),
      '2026-11-29T14:05:00.000Z',
    );
  });
});
