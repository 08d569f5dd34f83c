import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import { deriveDomainStatus } from '../status/domain-status.ts';
import { feedingSourceIds } from '../status/feeding-sources.ts';
import type {
  DomainSnapshot,
  Mark,
  Snapshot,
  SourceState,
  TimelineState,
} from './snapshot-schema.ts';

export interface SnapshotInput {
  readonly generatedAt: Date;
  readonly demo: boolean;
  readonly playbook: Playbook;
  readonly config: Pick<Config, 'sources' | 'domains'>;
  readonly sources: readonly SourceState[];
  readonly marks: ReadonlyMap<DomainId, readonly Mark[]>;
  /** Whether the timeline is being written; null (the default) where nothing records. */
  readonly timeline?: TimelineState | null;
}

/** Every domain of the playbook, in playbook order, with its status and its people. */
export function buildSnapshot(input: SnapshotInput): Snapshot {
  return {
    generatedAt: input.generatedAt.toISOString(),
    demo: input.demo,
    timeline: input.timeline ?? null,
    sources: [...input.sources],
    domains: input.playbook.domains.map((domain) => domainSnapshot(input, domain.id)),
  };
}

function domainSnapshot(input: SnapshotInput, id: DomainId): DomainSnapshot {
  const domain = input.playbook.domains.find((candidate) => candidate.id === id);
  if (!domain) throw new Error(`domain ${id} is not in the playbook`);
  const feedingIds = new Set(
    feedingSourceIds(domainSettings(input.config, id), input.config.sources),
  );
  const feeding = input.config.sources
    .filter((source) => feedingIds.has(source.id))
    .map((source) => sourceState(input, source));
  const marks = [...(input.marks.get(id) ?? [])];
  return {
    id,
    status: deriveDomainStatus(marks, feeding),
    since: null,
    sources: feeding.map((source) => source.id),
    dataAt: oldestSuccess(feeding),
    marks,
    roles: [...domain.roles],
    line: { roles: [...domain.lineRoles], redacted: domain.lineRedacted },
  };
}

/** The data behind a domain is as old as its oldest source's last success. */
function oldestSuccess(feeding: readonly SourceState[]): string | null {
  const times: string[] = [];
  for (const source of feeding) {
    if (source.lastSuccessAt === null) return null;
    times.push(source.lastSuccessAt);
  }
  // Every time here is main's own toISOString(): the strings sort as the times do.
  return times.toSorted()[0] ?? null;
}

/** A feeding source with no reported state has delivered nothing: stale, never ok. */
function sourceState(
  input: SnapshotInput,
  source: SnapshotInput['config']['sources'][number],
): SourceState {
  const state = input.sources.find((candidate) => candidate.id === source.id);
  return (
    state ?? {
      id: source.id,
      kind: source.kind,
      health: 'stale',
      lastSuccessAt: null,
      error: null,
      nextPollAt: null,
    }
  );
}
