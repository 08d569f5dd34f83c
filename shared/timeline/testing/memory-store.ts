import { timelineEventSchema, type EventDraft, type TimelineEvent } from '../event.ts';
import type {
  ClaimResult,
  CollectorHolder,
  EventFilter,
  EventQuery,
  ResumeState,
  TimelineStore,
  VerifyReport,
} from '../timeline-store.ts';
import { resumeStateOf } from './memory-resume-state.ts';

export interface MemoryStoreOptions {
  /** The clock the collector lease is judged by. */
  readonly now?: () => Date;
  readonly location?: string;
  /** Skip the contract check on append: the 100,000-event bench fills a store faster. */
  readonly trusted?: boolean;
}

interface Lease {
  readonly holder: CollectorHolder;
  renewedAt: Date;
}

/**
 * A TimelineStore in memory for tests of everything that uses one: it numbers, filters, pages
 * and resumes as the interface promises (docs/timeline.md), and leases the collector seat as a
 * single process would. Its events are frozen, so a test cannot edit the history it reads —
 * one that tries fails at once instead of passing here and failing on a real store.
 */
export class MemoryTimelineStore implements TimelineStore {
  readonly location: string;
  readonly #events: TimelineEvent[] = [];
  readonly #markKeys = new Map<number, string>();
  readonly #now: () => Date;
  readonly #trusted: boolean;
  #lease: Lease | null = null;
  #closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.location = options.location ?? 'memory:timeline';
    this.#now = options.now ?? (() => new Date());
    this.#trusted = options.trusted ?? false;
  }

  async append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]> {
    this.#open();
    // Number and check the whole batch before keeping any of it: all or nothing.
    const numbered = drafts.map((draft, index) => this.#number(draft, this.#events.length + index));
    for (const [index, draft] of drafts.entries())
      if (draft.markKey !== undefined) this.#markKeys.set(numbered[index]!.seq, draft.markKey);
    for (const event of numbered) this.#events.push(event);
    return [...numbered];
  }

  async read(query: EventQuery): Promise<TimelineEvent[]> {
    this.#open();
    const start = query.offset ?? 0;
    const end = query.limit === undefined ? undefined : start + query.limit;
    // Ascending, a page needs only the events up to its end: a follower reads 100,000 in pages.
    if (query.order !== 'desc') return this.#matching(query, end).slice(start, end);
    return this.#matching(query).reverse().slice(start, end);
  }

  async count(filter: EventFilter = {}): Promise<number> {
    this.#open();
    return this.#matching(filter).length;
  }

  async lastSeq(): Promise<number> {
    this.#open();
    return this.#events.length;
  }

  async resumeState(): Promise<ResumeState> {
    this.#open();
    return resumeStateOf(this.#events, this.#markKeys);
  }

  async verify(): Promise<VerifyReport> {
    this.#open();
    return { ok: true, events: this.#events.length };
  }

  async claimCollector(holder: CollectorHolder, staleAfterMs: number): Promise<ClaimResult> {
    this.#open();
    const lease = this.#lease;
    const stale = lease && this.#now().getTime() - lease.renewedAt.getTime() >= staleAfterMs;
    if (lease && lease.holder.id !== holder.id && !stale)
      return { ok: false, holder: lease.holder, renewedAt: lease.renewedAt.toISOString() };
    this.#lease = { holder, renewedAt: this.#now() };
    return { ok: true };
  }

  async renewCollector(holder: CollectorHolder): Promise<boolean> {
    this.#open();
    if (this.#lease?.holder.id !== holder.id) return false;
    this.#lease.renewedAt = this.#now();
    return true;
  }

  async releaseCollector(holder: CollectorHolder): Promise<void> {
    this.#open();
    if (this.#lease?.holder.id === holder.id) this.#lease = null;
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #open(): void {
    if (this.#closed) throw new Error(`${this.location}: the store is closed`);
  }

  #number(draft: EventDraft, index: number): TimelineEvent {
    // markKey is kept beside the event, never in it (shared/timeline/event.ts).
    const numbered: Record<string, unknown> = { ...draft, seq: index + 1 };
    delete numbered.markKey;
    const checked = this.#trusted ? copy(numbered) : timelineEventSchema.parse(numbered);
    return deepFreeze(checked as TimelineEvent);
  }

  /** The matching events in seq order, at most `enough` of them. */
  #matching(filter: EventFilter, enough = Infinity): TimelineEvent[] {
    const found: TimelineEvent[] = [];
    // seq n sits at index n - 1: a follower's afterSeq skips straight to its place.
    for (let index = Math.max(0, filter.afterSeq ?? 0); index < this.#events.length; index++) {
      if (found.length >= enough) break;
      const event = this.#events[index]!;
      if (matches(event, filter)) found.push(event);
    }
    return found;
  }
}

/** Events are plain JSON by contract, so a JSON round trip is a deep copy. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
}

function matches(event: TimelineEvent, filter: EventFilter): boolean {
  const at = Date.parse(event.at);
  if (filter.from && at < filter.from.getTime()) return false;
  if (filter.to && at >= filter.to.getTime()) return false;
  if (filter.domains && (event.domain === null || !filter.domains.includes(event.domain)))
    return false;
  if (filter.kinds && !filter.kinds.includes(event.kind)) return false;
  return filter.text === undefined || containsText(event, filter.text);
}

function containsText(event: TimelineEvent, text: string): boolean {
  const needle = text.toLocaleLowerCase();
  return (
    event.summary.toLocaleLowerCase().includes(needle) ||
    event.actor.toLocaleLowerCase().includes(needle)
  );
}
