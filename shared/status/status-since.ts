import type { DomainId } from '../playbook/domains.ts';
import type { DomainStatus, Snapshot } from '../snapshot/snapshot-schema.ts';

export interface StatusSince {
  readonly status: DomainStatus;
  /** ISO time the domain entered the status. */
  readonly since: string;
}

/**
 * Since when each domain is in its status ("KRITIEK sinds 14:02"). After a restart the
 * timeline says when the status began; the first status shown after the start-up's
 * `unknown` takes that time over when it is the same status, so a restart does not reset
 * "critical for 40 minutes" to "critical for 1 second".
 */
export class StatusSinceTracker {
  readonly #known = new Map<DomainId, StatusSince>();
  /** What the timeline said, until the domain first shows a status other than unknown. */
  readonly #restored: Map<string, StatusSince>;

  constructor(restored: ReadonlyMap<string, StatusSince> = new Map()) {
    this.#restored = new Map(restored);
  }

  /** The snapshot with each domain's `since`, remembering changes as they are seen. */
  stamp(snapshot: Snapshot): Snapshot {
    const domains = snapshot.domains.map((domain) => ({
      ...domain,
      since: this.#observe(domain.id, domain.status, snapshot.generatedAt),
    }));
    return { ...snapshot, domains };
  }

  #observe(id: DomainId, status: DomainStatus, now: string): string {
    const known = this.#known.get(id);
    if (known?.status === status) return known.since;
    const next = { status, since: this.#restoredSince(id, status) ?? now };
    this.#known.set(id, next);
    return next.since;
  }

  #restoredSince(id: DomainId, status: DomainStatus): string | null {
    const restored = this.#restored.get(id);
    if (!restored) return null;
    // Unknown at start-up says only that the sources have not answered yet: keep waiting.
    if (status === 'unknown' && restored.status !== 'unknown') return null;
    this.#restored.delete(id);
    return restored.status === status ? restored.since : null;
  }
}
