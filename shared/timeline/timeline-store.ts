import type { DomainId } from '../playbook/domains.ts';
import type { EventDraft, EventKind, EventOf, TimelineEvent } from './event.ts';

/**
 * The incident timeline's store, as every part of the app sees it (docs/timeline.md). The
 * single-seat default is an SQLite file; the shared war room puts the same interface on
 * PostgreSQL, so nothing outside a store's own folder may assume which engine it is.
 * Every method is async for that reason, even where SQLite answers at once.
 */
export interface TimelineStore {
  /** The file or URL, as a person would name it in a message. */
  readonly location: string;

  /**
   * Appends the drafts in one transaction and returns them numbered. Resolves only once they
   * are durable (committed and synced); rejects with nothing written.
   */
  append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]>;

  /** Events matching the filter, in `order` (ascending seq unless said), paged. */
  read(query: EventQuery): Promise<TimelineEvent[]>;

  /** How many events match the filter (paging and progress). */
  count(filter?: EventFilter): Promise<number>;

  /** The highest seq committed, 0 for an empty store. */
  lastSeq(): Promise<number>;

  /** What the collector needs to carry on after a restart. */
  resumeState(): Promise<ResumeState>;

  /** Checks the engine's own integrity and the hash chain. */
  verify(): Promise<VerifyReport>;

  /**
   * Claims the store for one collector: a second one is refused and told who holds it. A
   * claim whose holder stopped renewing it (or died) for `staleAfterMs` may be taken over.
   */
  claimCollector(holder: CollectorHolder, staleAfterMs: number): Promise<ClaimResult>;
  /** Renews our claim; false if someone else took it over meanwhile. */
  renewCollector(holder: CollectorHolder): Promise<boolean>;
  releaseCollector(holder: CollectorHolder): Promise<void>;

  close(): Promise<void>;
}

export interface EventFilter {
  /** Inclusive lower bound on `at`. */
  readonly from?: Date;
  /** Exclusive upper bound on `at`. */
  readonly to?: Date;
  readonly domains?: readonly DomainId[];
  readonly kinds?: readonly EventKind[];
  /** Case-insensitive substring of the summary or the actor. */
  readonly text?: string;
  /** Only events after this seq (a follower catching up). */
  readonly afterSeq?: number;
}

export interface EventQuery extends EventFilter {
  readonly order?: 'asc' | 'desc';
  readonly limit?: number;
  readonly offset?: number;
}

/** A mark raised and not yet cleared (or a criterion met and not withdrawn). */
export interface OpenMarkRecord {
  readonly raised: EventOf<'mark-raised'>;
  /** The collector's key of the finding behind it; null if the writer gave none. */
  readonly markKey: string | null;
  readonly acknowledgements: readonly EventOf<'mark-acknowledged'>[];
  readonly snoozes: readonly EventOf<'mark-snoozed'>[];
}

export interface ResumeState {
  readonly lastSeq: number;
  /** The newest `to` of each domain's `domain-status` events. */
  readonly domainStatus: ReadonlyMap<string, EventOf<'domain-status'>['data']['to']>;
  /** When each domain entered that status: the `at` of the same newest event. */
  readonly domainStatusSince: ReadonlyMap<string, string>;
  /** The newest `to` of each source's `source-health` events. */
  readonly sourceHealth: ReadonlyMap<string, EventOf<'source-health'>['data']['to']>;
  readonly openMarks: readonly OpenMarkRecord[];
  /** `criterion-met` events after their domain's last `criterion-withdrawn`. */
  readonly openCriteria: readonly EventOf<'criterion-met'>[];
}

export type VerifyReport =
  | { readonly ok: true; readonly events: number }
  | {
      readonly ok: false;
      readonly events: number;
      /** The first seq whose hash, number or content does not hold; null for an engine fault. */
      readonly brokenSeq: number | null;
      readonly problem: string;
    };

export interface CollectorHolder {
  /** Unique per running collector (pid, host and start time make one). */
  readonly id: string;
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
  /** What it is, for the refusal message: "dijkwacht collect", "the Dijkwacht app". */
  readonly label: string;
}

export type ClaimResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly holder: CollectorHolder; readonly renewedAt: string };

/**
 * Why a store cannot be used, where a caller acts on it: `no-timeline`, nobody created one
 * there yet (a seat waits for a collector); `schema`, another build's schema (a seat refuses
 * to share it). Anything else is `other`: the message says what.
 */
export type StoreOpenReason = 'no-timeline' | 'schema' | 'other';

/** A store that cannot be opened: not ours, corrupt, or from a newer build. Never repaired. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  readonly location: string;
  readonly reason: StoreOpenReason;
  constructor(location: string, message: string, reason: StoreOpenReason = 'other') {
    super(`${location}: ${message}`);
    this.location = location;
    this.reason = reason;
  }
}
