import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DomainStatus, Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { snapshotWith } from '../test/sample-snapshots.ts';
import { useWatchedChanges } from './use-watched-changes.ts';

/** A snapshot with helpdesk in `helpdesk` and website in `website`, the rest as sampled. */
function statuses(helpdesk: DomainStatus, website: DomainStatus = 'ok'): Snapshot {
  const base = snapshotWith({});
  const wanted: Partial<Record<string, DomainStatus>> = { helpdesk, website };
  return {
    ...base,
    domains: base.domains.map((domain) => ({ ...domain, status: wanted[domain.id] ?? 'ok' })),
  };
}

function watch(first: Snapshot) {
  const hook = renderHook(({ snapshot }) => useWatchedChanges(snapshot), {
    initialProps: { snapshot: first },
  });
  return (next: Snapshot) => {
    hook.rerender({ snapshot: next });
    return [...hook.result.current].toSorted();
  };
}

describe('the domains a wall saw change', () => {
  it('are none when the start-up’s unknown turns into what the sources say', () => {
    const next = watch(statuses('unknown', 'unknown'));
    expect(next(statuses('critical', 'ok'))).toEqual([]);
  });

  it('are those that left a state the wall knew, for as long as they keep the new one', () => {
    const next = watch(statuses('ok'));
    expect(next(statuses('critical'))).toEqual(['helpdesk']);
    expect(next(statuses('critical', 'critical'))).toEqual(['helpdesk', 'website']);
    expect(next(statuses('critical', 'critical'))).toEqual(['helpdesk', 'website']);
    expect(next(statuses('ok', 'critical'))).toEqual(['helpdesk', 'website']);
  });

  it('count a domain going grey, and it back from grey to what it was stays marked', () => {
    const next = watch(statuses('ok'));
    expect(next(statuses('unknown'))).toEqual(['helpdesk']);
    expect(next(statuses('ok'))).toEqual(['helpdesk']);
  });

  it('are none for a wall that opens on a critical domain', () => {
    const next = watch(statuses('critical'));
    expect(next(statuses('critical'))).toEqual([]);
  });
});
