import type { Config } from '../../shared/config/parse-config.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import { buildWallCharts } from '../../shared/charts/build-charts.ts';
import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import { CheckHistory } from '../../shared/charts/check-history.ts';
import { buildSnapshot } from '../../shared/snapshot/build-snapshot.ts';
import type {
  Mark,
  Snapshot,
  SourceErrorState,
  SourcePaused,
  SourceState,
} from '../../shared/snapshot/snapshot-schema.ts';
import { sourceHealth } from '../../shared/status/source-health.ts';
import { StatusSinceTracker } from '../../shared/status/status-since.ts';
import { evaluateRules } from '../../shared/rules/evaluate.ts';
import { emptyRuleState, type RuleState } from '../../shared/rules/rule-state.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import type { SourceError } from '../sources/source-error.ts';
import { systemClock, wallDate, type Clock } from '../time/clock.ts';
import type { TimelineKeeper } from '../timeline/timeline-keeper.ts';
import type { KeyedMark } from '../../shared/rules/to-marks.ts';
import { SourcePoller, type PollOutcome } from './source-poller.ts';
import type { PollRequestAnswer } from './poll-request.ts';
import {
  RECENT_POLLS,
  type PollTiming,
  type SourceDetail,
} from '../../shared/sources/source-detail.ts';
import { latencyOf, withPoll } from '../../shared/sources/latency.ts';

export interface CollectorOptions {
  readonly config: Config;
  readonly playbook: Playbook;
  readonly demo: boolean;
  /** Builds each source's client; injected so tests can hand in their own. */
  readonly createClient: (source: SourceConfig) => SourceClient;
  /** Its time and its pollers' (default systemClock); tests move a FakeClock. */
  readonly clock?: Clock;
  /** Caps every poll (the snapshot command must answer within 30 s whatever a source does). */
  readonly pollDeadlineMs?: number;
  /** The timeline it records to and takes acknowledgements from; none for a one-shot read. */
  readonly timeline?: TimelineKeeper;
}

export type SnapshotListener = (snapshot: Snapshot) => void;

interface SourceSlot {
  readonly config: SourceConfig;
  readonly poller: SourcePoller;
  lastSuccessAt: Date | null;
  lastError: SourceErrorState | null;
  nextPollAt: Date | null;
  signals: SourceSignals | null;
  /** Set while a coordinator has paused the source. */
  paused: SourcePaused | null;
  /** The latest polls' timings, oldest first (the sources page's latencies). */
  recentPolls: PollTiming[];
}

/**
 * Polls every configured source on its own schedule, keeps the newest signals and each
 * source's health, and derives the snapshot from them. Until a source has delivered data
 * its health is `stale` with no `lastSuccessAt`, so every domain it feeds reads `unknown`.
 */
export class Collector {
  readonly #options: CollectorOptions;
  readonly #clock: Clock;
  readonly #slots = new Map<string, SourceSlot>();
  #marks: ReadonlyMap<DomainId, readonly Mark[]> = new Map();
  #keyedMarks: ReadonlyMap<DomainId, readonly KeyedMark[]> = new Map();
  #ruleState: RuleState;
  readonly #listeners = new Set<SnapshotListener>();
  /** What the StatusCake checks were, poll by poll: the wall's up/down strips. */
  readonly #checkHistory = new CheckHistory();
  /** Only a collector that keeps watching knows since when; a one-shot read says null. */
  readonly #statusSince: StatusSinceTracker | null;

  constructor(options: CollectorOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#ruleState = options.timeline?.restoredRuleState ?? emptyRuleState;
    this.#statusSince = options.timeline
      ? new StatusSinceTracker(options.timeline.restoredStatusSince)
      : null;
    for (const source of options.config.sources) {
      const poller = new SourcePoller({
        client: options.createClient(source),
        intervalMs: source.interval,
        timeoutMs: source.timeout,
        onOutcome: (outcome) => this.#record(source.id, outcome),
        ...(options.pollDeadlineMs ? { deadlineMs: options.pollDeadlineMs } : {}),
        clock: this.#clock,
      });
      this.#slots.set(source.id, {
        config: source,
        poller,
        lastSuccessAt: null,
        lastError: null,
        nextPollAt: null,
        signals: null,
        paused: null,
        recentPolls: [],
      });
    }
  }

  /** Starts polling every source; each on its own schedule. */
  start(): void {
    for (const slot of this.#slots.values()) slot.poller.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.#slots.values()].map((slot) => slot.poller.stop()));
  }

  /** Polls every source once, all at the same time; each outcome re-evaluates (see publish). */
  async pollAllOnce(): Promise<ReadonlyMap<string, PollOutcome>> {
    const outcomes = await Promise.all(
      [...this.#slots].map(async ([id, slot]) => [id, await slot.poller.pollOnce()] as const),
    );
    return new Map(outcomes);
  }

  /** Polls one source once more, within `deadlineMs` (a one-shot command's retry). */
  async pollSourceOnce(id: string, deadlineMs?: number): Promise<PollOutcome | null> {
    return (await this.#slots.get(id)?.poller.pollOnce(deadlineMs)) ?? null;
  }

  /** Whether `id` is a configured source. */
  hasSource(id: string): boolean {
    return this.#slots.has(id);
  }

  /**
   * Stops polling a source until resume(): its health reads `stale` at once and every domain
   * it feeds `unknown`, as for any source without fresh data. False if it was paused already.
   */
  pause(id: string, by: string): boolean {
    const slot = this.#slot(id);
    if (slot.paused) return false;
    slot.poller.pause();
    slot.paused = { since: this.#now().toISOString(), by };
    slot.nextPollAt = null;
    this.publish();
    return true;
  }

  /** Since when and by whom `id` is paused; null when it is polled. */
  pausedState(id: string): SourcePaused | null {
    return this.#slot(id).paused;
  }

  /** Polls a paused source again, as soon as its backoff and rate limit allow; null if it was not paused. */
  resume(id: string): PollRequestAnswer | null {
    const slot = this.#slot(id);
    if (!slot.paused) return null;
    const answer = slot.poller.resume();
    slot.paused = null;
    slot.nextPollAt = slot.poller.nextPollAt();
    this.publish();
    return answer;
  }

  /** Polls a source now, or says when it may be polled (backoff, Retry-After, a poll just made). */
  pollNow(id: string): PollRequestAnswer {
    const slot = this.#slot(id);
    const answer = slot.poller.pollNow();
    slot.nextPollAt = slot.poller.nextPollAt() ?? slot.nextPollAt;
    return answer;
  }

  /** What the sources page shows of each source, in config order. */
  sourceDetails(): SourceDetail[] {
    const now = this.#now();
    return [...this.#slots.values()].map((slot) => ({
      ...this.#sourceState(slot, now),
      paused: slot.paused,
      polling: slot.poller.polling,
      intervalMs: slot.config.interval,
      recentPolls: [...slot.recentPolls],
      latency: latencyOf(slot.recentPolls),
    }));
  }

  /** The newest signals of every source that has delivered any, by source id. */
  signals(): ReadonlyMap<string, SourceSignals> {
    const entries = [...this.#slots].flatMap(([id, slot]) =>
      slot.signals ? [[id, slot.signals] as const] : [],
    );
    return new Map(entries);
  }

  snapshot(): Snapshot {
    const now = this.#now();
    const snapshot = buildSnapshot({
      generatedAt: now,
      demo: this.#options.demo,
      playbook: this.#options.playbook,
      config: this.#options.config,
      sources: [...this.#slots.values()].map((slot) => this.#sourceState(slot, now)),
      marks: this.#marks,
      timeline: this.#options.timeline?.state() ?? null,
    });
    return this.#statusSince?.stamp(snapshot) ?? snapshot;
  }

  /** The wall's charts, from the newest signals and the marks shown now. */
  charts(): WallCharts {
    return buildWallCharts({
      now: this.#now(),
      config: this.#options.config,
      signals: this.signals(),
      marks: this.#marks,
      checkHistory: this.#checkHistory,
    });
  }

  /** Called with every new snapshot; returns the function that unsubscribes. */
  subscribe(listener: SnapshotListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Re-evaluates the rules (time alone can raise a mark: "down for 2 minutes") and tells
   * every subscriber; also the heartbeat that shows the renderer main is alive.
   */
  publish(): void {
    this.#evaluate();
    const snapshot = this.snapshot();
    this.#options.timeline?.observe({
      snapshot,
      keyedMarks: this.#keyedMarks,
      ruleState: this.#ruleState,
      now: new Date(snapshot.generatedAt),
      ready: this.#everySourceAnswered(),
    });
    for (const listener of this.#listeners) listener(snapshot);
  }

  /** Every source has answered (data or an error) since the start, or was paused. */
  #everySourceAnswered(): boolean {
    return [...this.#slots.values()].every(
      (slot) => slot.lastSuccessAt !== null || slot.lastError !== null || slot.paused !== null,
    );
  }

  #slot(id: string): SourceSlot {
    const slot = this.#slots.get(id);
    if (!slot) throw new Error(`no source "${id}" in the config`);
    return slot;
  }

  #record(id: string, outcome: PollOutcome): void {
    const slot = this.#slots.get(id);
    if (!slot) return;
    // A poll that was running when the source was paused: its data counts, its schedule not.
    slot.nextPollAt = slot.paused ? null : outcome.nextPollAt;
    slot.recentPolls = withPoll(
      slot.recentPolls,
      { at: outcome.at.toISOString(), durationMs: outcome.durationMs, ok: outcome.ok },
      RECENT_POLLS,
    );
    if (outcome.ok) {
      slot.lastSuccessAt = outcome.at;
      slot.lastError = null;
      slot.signals = outcome.signals;
      if (outcome.signals.kind === 'statuscake') {
        this.#checkHistory.record(outcome.signals.checks, outcome.at);
      }
    } else {
      if (slot.config.kind === 'statuscake') this.#checkHistory.recordUnknown(outcome.at);
      // The last good signals stay, but the source reads `failing` and its domains `unknown`.
      slot.lastError = errorState(outcome.error, outcome.at);
    }
    this.publish();
  }

  #evaluate(): void {
    const now = this.#now();
    const timeline = this.#options.timeline;
    const fresh = [...this.#slots.values()].filter(
      (slot) => this.#sourceState(slot, now).health === 'ok',
    );
    const evaluation = evaluateRules({
      now,
      config: this.#options.config,
      playbook: this.#options.playbook,
      signals: this.signals(),
      freshSourceIds: new Set(fresh.map((slot) => slot.config.id)),
      state: this.#ruleState,
      ...(timeline ? { acknowledged: timeline.acknowledgedKeys(now) } : {}),
    });
    this.#ruleState = evaluation.state;
    this.#keyedMarks = evaluation.keyedMarks;
    this.#marks = timeline ? timeline.marks(evaluation.keyedMarks, now) : evaluation.marks;
  }

  #sourceState(slot: SourceSlot, now: Date): SourceState {
    // Paused is never green: its data ages unseen, so it counts as data that is not fresh.
    const health = slot.paused
      ? 'stale'
      : sourceHealth(
          {
            intervalMs: slot.config.interval,
            lastSuccessAt: slot.lastSuccessAt,
            lastError: slot.lastError,
          },
          now,
        );
    return {
      id: slot.config.id,
      kind: slot.config.kind,
      health,
      lastSuccessAt: slot.lastSuccessAt?.toISOString() ?? null,
      error: slot.lastError,
      nextPollAt: slot.nextPollAt?.toISOString() ?? null,
      // Only while paused: a snapshot of a source nobody paused is as it always was.
      ...(slot.paused ? { paused: slot.paused } : {}),
    };
  }

  #now(): Date {
    return wallDate(this.#clock);
  }
}

/** What the snapshot says of a failed poll: the class, the detail, and when the source allows more. */
function errorState(error: SourceError, at: Date): SourceErrorState {
  return {
    category: error.category,
    detail: error.detail,
    retryAt:
      error.retryAfterMs === null
        ? null
        : new Date(at.getTime() + error.retryAfterMs).toISOString(),
  };
}
