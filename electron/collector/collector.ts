import type { Config } from '../../shared/config/parse-config.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { buildSnapshot } from '../../shared/snapshot/build-snapshot.ts';
import type { Mark, Snapshot, SourceState } from '../../shared/snapshot/snapshot-schema.ts';

export interface CollectorOptions {
  readonly config: Config;
  readonly playbook: Playbook;
  readonly demo: boolean;
  readonly now?: () => Date;
}

export type SnapshotListener = (snapshot: Snapshot) => void;

/**
 * Holds what is known about every source and derives the snapshot from it. Until a source
 * has delivered data its health is `stale` with no `lastSuccessAt`, so every domain it feeds
 * reads `unknown`.
 */
export class Collector {
  readonly #options: CollectorOptions;
  readonly #sources = new Map<string, SourceState>();
  readonly #marks = new Map<DomainId, readonly Mark[]>();
  readonly #listeners = new Set<SnapshotListener>();

  constructor(options: CollectorOptions) {
    this.#options = options;
    for (const source of options.config.sources) {
      this.#sources.set(source.id, {
        id: source.id,
        kind: source.kind,
        health: 'stale',
        lastSuccessAt: null,
        error: null,
      });
    }
  }

  snapshot(): Snapshot {
    return buildSnapshot({
      generatedAt: (this.#options.now ?? (() => new Date()))(),
      demo: this.#options.demo,
      playbook: this.#options.playbook,
      config: this.#options.config,
      sources: [...this.#sources.values()],
      marks: this.#marks,
    });
  }

  /** Called with every new snapshot; returns the function that unsubscribes. */
  subscribe(listener: SnapshotListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells every subscriber the current state (also a heartbeat: the renderer sees main is alive). */
  publish(): void {
    const snapshot = this.snapshot();
    for (const listener of this.#listeners) listener(snapshot);
  }
}
