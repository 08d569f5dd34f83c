import type { Config } from '../../shared/config/parse-config.ts';
import type { StatusSince } from '../../shared/status/status-since.ts';
import type { Mark } from '../../shared/marks/mark.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { RuleState } from '../../shared/rules/rule-state.ts';
import type { KeyedMark } from '../../shared/rules/to-marks.ts';
import type { Snapshot, TimelineState } from '../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../shared/text/marks.ts';
import { planChanges, type PlannedEvent } from '../../shared/timeline/changes.ts';
import type { EventDraft, TimelineEvent } from '../../shared/timeline/event.ts';
import { IncidentLedger } from '../../shared/timeline/ledger.ts';
import { restoreRuleState } from '../../shared/timeline/restore-rule-state.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { systemClock, wallDate, type Clock } from '../time/clock.ts';

export type AppendedListener = (events: readonly TimelineEvent[], lastSeq: number) => void;

export interface KeeperOptions {
  readonly store: TimelineStore;
  readonly config: Config;
  readonly playbook: Playbook;
  /** Whose wall time decides which restored marks still hold (default systemClock). */
  readonly clock?: Clock;
  /** Where a failing store is reported loudly (stderr by default). */
  readonly log?: (line: string) => void;
}

/**
 * The collector's side of the timeline (docs/timeline.md): writes what changed, never per
 * poll; knows which marks are open, acknowledged or snoozed; carries on after a restart
 * from what the store says; and keeps every planned event until the store took it, so a
 * full disk delays the log but loses nothing — the status on screen does not wait for it.
 */
export class TimelineKeeper {
  readonly #options: KeeperOptions;
  readonly #ledger: IncidentLedger;
  readonly #queue: PlannedEvent[] = [];
  readonly #listeners = new Set<AppendedListener>();
  #lastSeq: number;
  #error: string | null = null;
  #flushing: Promise<void> = Promise.resolve();
  /** After close(), a late poll's outcome is not recorded: the store may be gone. */
  #closed = false;
  /** The rule state to carry on from (the marks still open when the last run ended). */
  readonly restoredRuleState: RuleState;
  /** Each domain's last recorded status and since when, for "KRITIEK sinds 14:02". */
  readonly restoredStatusSince: ReadonlyMap<string, StatusSince>;

  private constructor(
    options: KeeperOptions,
    ledger: IncidentLedger,
    restored: RuleState,
    statusSince: ReadonlyMap<string, StatusSince>,
  ) {
    this.#options = options;
    this.#ledger = ledger;
    this.#lastSeq = ledger.appliedThrough;
    this.restoredRuleState = restored;
    this.restoredStatusSince = statusSince;
  }

  static async open(options: KeeperOptions): Promise<TimelineKeeper> {
    const resume = await options.store.resumeState();
    const now = wallDate(options.clock ?? systemClock);
    const restored = restoreRuleState(resume, options.config, now);
    const statusSince = new Map<string, StatusSince>();
    for (const [domain, status] of resume.domainStatus) {
      const since = resume.domainStatusSince.get(domain);
      if (since) statusSince.set(domain, { status, since });
    }
    return new TimelineKeeper(options, IncidentLedger.fromResume(resume), restored, statusSince);
  }

  get store(): TimelineStore {
    return this.#options.store;
  }

  acknowledgedKeys(now: Date): ReadonlySet<string> {
    return this.#ledger.acknowledgedKeys(now);
  }

  /** Each domain's marks with their place on the timeline, and the criteria met by hand. */
  marks(keyed: ReadonlyMap<DomainId, readonly KeyedMark[]>, now: Date): Map<DomainId, Mark[]> {
    const context = { language: 'nl', timeZone: this.#options.config.timezone, now } as const;
    const describe = (reason: string, by: string) =>
      describeMark(
        { evidence: { kind: 'criterion-met', reason, by, metSeq: 1 }, held: null },
        { ...context, playbook: this.#options.playbook },
      );
    return new Map(
      this.#options.playbook.domains.map((domain) => [
        domain.id,
        [
          ...this.#ledger.manualMarks(domain.id, describe),
          ...(keyed.get(domain.id) ?? []).map(({ key, mark }) =>
            this.#ledger.decorate(key, mark, now),
          ),
        ],
      ]),
    );
  }

  /** Plans what changed and writes it in the background; the caller never waits for disk. */
  observe(
    observed: { snapshot: Snapshot; keyedMarks: ReadonlyMap<DomainId, readonly KeyedMark[]> } & {
      ruleState: RuleState;
      now: Date;
      ready: boolean;
    },
  ): void {
    this.#queue.push(
      ...planChanges(this.#ledger, { ...observed, playbook: this.#options.playbook }),
    );
    void this.flush();
  }

  /** Queues events the collector writes itself (started, stopped). */
  enqueue(drafts: readonly EventDraft[]): void {
    if (this.#closed) return;
    this.#queue.push(...drafts.map((draft) => ({ build: () => draft })));
    void this.flush();
  }

  /**
   * Records nothing more, and says why on every snapshot: another collector took the store
   * over (this one stalled past its claim, a laptop lid closed), and two writers would make
   * two timelines of one incident.
   */
  stopRecording(reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#error = reason;
    (this.#options.log ?? console.error)(`dijkwacht: ${reason}; this collector records no more`);
  }

  /** Writes what is queued, then records nothing more; resolves with what could not be written. */
  async close(): Promise<number> {
    await this.flush();
    this.#closed = true;
    return this.#queue.length;
  }

  /** Writes everything planned, in order; resolves when the queue is empty or the store fails. */
  flush(): Promise<void> {
    return this.#serially(() => this.#drain());
  }

  /**
   * One store operation at a time: a catch-up that read our own raise before our append had
   * applied it would lose the key the raise was made under.
   */
  #serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.#flushing.then(operation);
    this.#flushing = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Reads what other writers (the `ack` command, another seat) committed since we last looked. */
  catchUp(): Promise<void> {
    return this.#serially(async () => {
      const events = await this.#options.store.read({ afterSeq: this.#ledger.appliedThrough });
      const unseen = events.filter((event) => !this.#ledger.has(event.seq));
      for (const event of unseen) this.#ledger.apply(event);
      if (unseen.length > 0) this.#notify(unseen);
    });
  }

  state(): TimelineState {
    return {
      state: this.#error === null ? 'ok' : 'failing',
      pending: this.#queue.length,
      error: this.#error,
      lastSeq: this.#lastSeq,
    };
  }

  /** Called with the events each commit added; returns the function that unsubscribes. */
  subscribe(listener: AppendedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#buildable();
      if (batch.length === 0) return;
      try {
        const events = await this.#options.store.append(batch);
        this.#queue.splice(0, batch.length);
        this.#committed(events, batch);
        this.#recovered();
      } catch (error) {
        this.#failed(error);
        return;
      }
    }
  }

  /** The longest run from the front of the queue that can be written now. */
  #buildable(): EventDraft[] {
    const drafts: EventDraft[] = [];
    for (const planned of this.#queue) {
      const draft = planned.build();
      if (draft === 'wait') break;
      drafts.push(draft);
    }
    return drafts;
  }

  #committed(events: readonly TimelineEvent[], drafts: readonly EventDraft[]): void {
    events.forEach((event, index) =>
      this.#ledger.apply({ ...event, markKey: drafts[index]?.markKey ?? null }),
    );
    this.#notify(events);
  }

  #notify(events: readonly TimelineEvent[]): void {
    for (const event of events) this.#lastSeq = Math.max(this.#lastSeq, event.seq);
    for (const listener of this.#listeners) listener(events, this.#lastSeq);
  }

  #failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.#error !== message)
      (this.#options.log ?? console.error)(
        `dijkwacht: the timeline cannot be written (${this.#options.store.location}): ${message}; ` +
          `${this.#queue.length} event(s) wait and are retried`,
      );
    this.#error = message;
  }

  #recovered(): void {
    if (this.#error === null) return;
    (this.#options.log ?? console.error)(
      `dijkwacht: the timeline is written again (${this.#options.store.location})`,
    );
    this.#error = null;
  }
}
