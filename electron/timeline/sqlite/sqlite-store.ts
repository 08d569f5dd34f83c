import type { DatabaseSync } from 'node:sqlite';
import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import type {
  ClaimResult,
  CollectorHolder,
  EventFilter,
  EventQuery,
  ResumeState,
  TimelineStore,
  VerifyReport,
} from '../../../shared/timeline/timeline-store.ts';
import type { Clock } from '../../time/clock.ts';
import { createAppend, type Append } from './append.ts';
import { createLease, type CollectorLease } from './lease.ts';
import { readSettings, type ConnectionSettings } from './pragmas.ts';
import { countEvents, lastSeq, readEvents } from './read-events.ts';
import { readResumeState } from './resume-state.ts';
import { verifyStore } from './verify.ts';

/**
 * The timeline in one SQLite file, on one connection. node:sqlite answers synchronously;
 * the methods are async only because the interface is (docs/timeline.md). A write on a
 * read-only store fails with SQLite's own "attempt to write a readonly database".
 */
export class SqliteTimelineStore implements TimelineStore {
  readonly location: string;
  readonly #db: DatabaseSync;
  readonly #append: Append;
  readonly #lease: CollectorLease;

  /** `clock` dates the collector lease. */
  constructor(location: string, db: DatabaseSync, clock: Clock) {
    this.location = location;
    this.#db = db;
    this.#append = createAppend(db);
    this.#lease = createLease(db, clock);
  }

  async append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]> {
    return this.#append(drafts);
  }

  async read(query: EventQuery): Promise<TimelineEvent[]> {
    return readEvents(this.#db, query);
  }

  async count(filter: EventFilter = {}): Promise<number> {
    return countEvents(this.#db, filter);
  }

  async lastSeq(): Promise<number> {
    return lastSeq(this.#db);
  }

  async resumeState(): Promise<ResumeState> {
    return readResumeState(this.#db);
  }

  async verify(): Promise<VerifyReport> {
    return verifyStore(this.#db);
  }

  async claimCollector(holder: CollectorHolder, staleAfterMs: number): Promise<ClaimResult> {
    return this.#lease.claim(holder, staleAfterMs);
  }

  async renewCollector(holder: CollectorHolder): Promise<boolean> {
    return this.#lease.renew(holder);
  }

  async releaseCollector(holder: CollectorHolder): Promise<void> {
    this.#lease.release(holder);
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }

  /** This connection's journal mode, synchronous, busy timeout and foreign keys, for tests. */
  connectionSettings(): ConnectionSettings {
    return readSettings(this.#db);
  }
}
