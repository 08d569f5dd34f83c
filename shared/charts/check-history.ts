import type { Check } from '../signals/signals.ts';
import type { CheckSegment } from './chart-schema.ts';
import { CheckTimeline, segmentOf, type CheckStatus, type Span } from './check-timeline.ts';

const HOUR_MS = 3_600_000;

export interface CheckHistoryLimits {
  /** How far back spans and unseen checks are kept: the longest span a chart shows. */
  readonly retentionMs: number;
  /** Spans kept per check, newest first. */
  readonly maxSpansPerCheck: number;
}

/**
 * A day, and one change a minute over it: a check that flaps at every poll still keeps its
 * newest changes, and a strip draws at most MAX_CHART_POINTS of them anyway.
 */
export const CHECK_HISTORY_LIMITS: CheckHistoryLimits = {
  retentionMs: 24 * HOUR_MS,
  maxSpansPerCheck: 1_440,
};

/**
 * Polls a check may be missing from before it reads `unknown` (deleted, or its account's
 * source is behind): three, as a source turns stale after three intervals (docs/architecture.md).
 * Not at once, because with two StatusCake sources every poll lacks the other's checks.
 */
const MISSED_POLLS = 3;

interface Tracked {
  /** The newest observation: name and tags as StatusCake has them now. */
  check: Check;
  lastSeen: number;
  /** The newest poll that said anything of it, a failed one included. */
  lastRecorded: number;
  /** The time between its two newest polls: its source's pace. */
  pollGap: number;
  readonly timeline: CheckTimeline;
}

/**
 * What each StatusCake check was, poll by poll, for the wall's up/down strips. StatusCake's
 * API tells the state now and since when a check is down, not its history, so Dijkwacht keeps
 * its own: in memory, bounded, and lost on restart (the strips then start `unknown`).
 */
export class CheckHistory {
  readonly #limits: CheckHistoryLimits;
  readonly #checks = new Map<string, Tracked>();
  /** The newest poll, successful or not. */
  #latest = -Infinity;

  constructor(limits: Partial<CheckHistoryLimits> = {}) {
    this.#limits = { ...CHECK_HISTORY_LIMITS, ...limits };
  }

  /** A successful poll: every check it returned, as it was at `at`. */
  record(checks: readonly Check[], at: Date): void {
    const time = at.getTime();
    if (!Number.isFinite(time)) return;
    for (const check of checks) this.#observe(check, time);
    this.#moveTo(time);
  }

  /** A failed poll: from `at` on, no check's status is known until the next success. */
  recordUnknown(at: Date): void {
    const time = at.getTime();
    if (!Number.isFinite(time)) return;
    for (const tracked of this.#checks.values()) {
      tracked.timeline.observe('unknown', time);
      recorded(tracked, time);
    }
    this.#moveTo(time);
  }

  /** The newest observation of every check seen in the last day, in the order first seen. */
  knownChecks(): Check[] {
    return [...this.#checks.values()].map((tracked) => tracked.check);
  }

  /** The check's statuses over [from, to], oldest first; `unknown` where nothing was seen. */
  segments(checkId: string, from: Date, to: Date): CheckSegment[] {
    return this.spans(checkId, from.getTime(), to.getTime()).map(segmentOf);
  }

  /** As `segments`, in ms. */
  spans(checkId: string, from: number, to: number): Span[] {
    const tracked = this.#checks.get(checkId);
    if (!tracked) return to > from ? [{ status: 'unknown', from, to }] : [];
    const knownUntil = missing(tracked, this.#latest) ? tracked.lastRecorded : Infinity;
    return tracked.timeline.between(from, to, knownUntil);
  }

  #observe(check: Check, time: number): void {
    let tracked = this.#checks.get(check.id);
    if (!tracked) {
      const timeline = new CheckTimeline();
      tracked = { check, lastSeen: time, lastRecorded: time, pollGap: Infinity, timeline };
      this.#checks.set(check.id, tracked);
    }
    // Back after missing polls: what it was in between is not known.
    if (missing(tracked, time)) tracked.timeline.observe('unknown', tracked.lastRecorded);
    tracked.check = check;
    tracked.lastSeen = Math.max(tracked.lastSeen, time);
    recorded(tracked, time);
    tracked.timeline.observe(statusOf(check), time);
    const downSince = check.downSince === null ? NaN : Date.parse(check.downSince);
    if (statusOf(check) === 'down' && Number.isFinite(downSince)) {
      tracked.timeline.downSince(downSince);
    }
  }

  /** Forgets what is older than the retention: old spans, and checks no poll returned since. */
  #moveTo(time: number): void {
    this.#latest = Math.max(this.#latest, time);
    const cutoff = this.#latest - this.#limits.retentionMs;
    for (const [id, tracked] of this.#checks) {
      if (tracked.lastSeen < cutoff) this.#checks.delete(id);
      else tracked.timeline.forget(cutoff, this.#limits.maxSpansPerCheck);
    }
  }
}

function recorded(tracked: Tracked, time: number): void {
  if (time > tracked.lastRecorded) tracked.pollGap = time - tracked.lastRecorded;
  tracked.lastRecorded = Math.max(tracked.lastRecorded, time);
}

/** Whether the check has missed MISSED_POLLS of its polls by `time`. */
function missing(tracked: Tracked, time: number): boolean {
  return time - tracked.lastRecorded >= MISSED_POLLS * tracked.pollGap;
}

/** A paused check is neither up nor down: StatusCake does not test it. */
function statusOf(check: Check): CheckStatus {
  return check.paused ? 'paused' : check.status;
}
