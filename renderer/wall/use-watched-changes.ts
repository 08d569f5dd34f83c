import { useState } from 'react';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { DomainStatus, Snapshot } from '../../shared/snapshot/snapshot-schema.ts';

interface Watched {
  /** The snapshot's statuses, as one string: a new one means something to look at. */
  readonly key: string;
  /** Each domain's last status other than unknown. */
  readonly known: Readonly<Partial<Record<DomainId, DomainStatus>>>;
  /** Domains whose present status this wall saw them enter from another known status. */
  readonly changed: ReadonlySet<DomainId>;
}

/**
 * The domains whose state changed while this wall watched, from a state it knew: the tiles
 * to highlight. Not the start-up's unknown turning into what the sources say: a wall (or a
 * collector) that starts would otherwise mark every tile "changed".
 */
export function useWatchedChanges(snapshot: Snapshot): ReadonlySet<DomainId> {
  const key = snapshot.domains.map((domain) => `${domain.id}=${domain.status}`).join(' ');
  const [watched, setWatched] = useState<Watched>(() => ({
    key,
    known: knownOf(snapshot, {}),
    changed: new Set(),
  }));
  if (watched.key !== key) {
    const next = nextWatched(watched, snapshot, key);
    // React's way to follow a changed prop: adjust state while rendering.
    setWatched(next);
    return next.changed;
  }
  return watched.changed;
}

function nextWatched(watched: Watched, snapshot: Snapshot, key: string): Watched {
  const changed = new Set<DomainId>();
  for (const domain of snapshot.domains) {
    const before = watched.known[domain.id];
    const stayed = before === domain.status;
    if (stayed ? watched.changed.has(domain.id) : before !== undefined) changed.add(domain.id);
  }
  return { key, known: knownOf(snapshot, watched.known), changed };
}

function knownOf(snapshot: Snapshot, before: Watched['known']): Watched['known'] {
  const known = { ...before };
  for (const domain of snapshot.domains) {
    if (domain.status !== 'unknown') known[domain.id] = domain.status;
  }
  return known;
}
