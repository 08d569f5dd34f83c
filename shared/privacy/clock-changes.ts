import { AWARENESS_FUTURE_TOLERANCE_MS, AWARENESS_MAX_AGE_MS } from './awareness-limits.ts';
import {
  MAX_CLOCKS,
  type PrivacyAwarenessRequest,
  type PrivacyClock,
  type PrivacyDecisionRequest,
} from './clock-schema.ts';
import { countdown, deadlineOf } from './countdown.ts';
import type { PrivacyIncident } from './incidents.ts';
import { formatMoment } from './local-time.ts';
import { privacySummaries, type SummaryContext } from './summaries.ts';

/**
 * Each change of the privacy clocks, planned before anything is written: checked against the
 * clocks as they are, with the timeline event that records it. Main writes the event, then
 * applies the plan with the event's number, time and actor, so the clock and its log never
 * disagree about who did what when. The same code runs in the renderer's fake.
 */

/** A change that cannot be made as asked: one line for the coordinator who asked. */
export class PrivacyClockError extends Error {
  override name = 'PrivacyClockError';
}

/** What the timeline said about the event that recorded a change. */
export interface Recorded {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
}

export interface ClockPlan {
  /** The event to write: a `note` for the start and awareness, a `decision` for the AP. */
  readonly kind: 'note' | 'decision';
  readonly summary: string;
  /** The event this one corrects: the awareness or decision it replaces. */
  readonly corrects: number | null;
  /** The clocks once the event is written. */
  apply(recorded: Recorded): PrivacyClock[];
}

export interface PlanContext extends SummaryContext {
  /** Wall time, ms since the epoch. */
  readonly now: number;
}

export function planStart(
  clocks: readonly PrivacyClock[],
  incident: PrivacyIncident,
  context: PlanContext,
): ClockPlan {
  const running = clocks.find((clock) => clock.id === incident.key);
  if (running)
    throw new PrivacyClockError(
      `the privacy clock for this incident was started already, at ${moment(running.started.at, context)} by ${running.started.by}`,
    );
  if (clocks.length >= MAX_CLOCKS)
    throw new PrivacyClockError(`at most ${MAX_CLOCKS} privacy clocks per timeline`);
  const awareness = incident.defaultAwareness;
  return {
    kind: 'note',
    summary: privacySummaries.started(incident.ref, awareness, deadlineOf(awareness.at), context),
    corrects: null,
    apply: (recorded) => [
      ...clocks,
      {
        id: incident.key,
        incident: incident.ref,
        title: incident.title,
        started: { at: recorded.at, by: recorded.actor, seq: recorded.seq },
        awareness: {
          ...awareness,
          reason: null,
          by: recorded.actor,
          seq: recorded.seq,
          recordedAt: recorded.at,
          changes: 0,
        },
        decision: null,
      },
    ],
  };
}

export function planAwareness(
  clocks: readonly PrivacyClock[],
  request: PrivacyAwarenessRequest,
  context: PlanContext,
): ClockPlan {
  const clock = findClock(clocks, request.clockId);
  if (clock.decision)
    throw new PrivacyClockError('the AP decision was recorded: this clock has stopped');
  const at = Date.parse(request.at);
  if (at > context.now + AWARENESS_FUTURE_TOLERANCE_MS)
    throw new PrivacyClockError('the moment of awareness cannot be in the future');
  if (at < context.now - AWARENESS_MAX_AGE_MS)
    throw new PrivacyClockError('the moment of awareness cannot be more than 31 days ago');
  if (at === Date.parse(clock.awareness.at))
    throw new PrivacyClockError('that is the moment of awareness already');
  const to = new Date(at).toISOString();
  return {
    kind: 'note',
    summary: privacySummaries.awarenessChanged(
      clock.incident,
      { from: clock.awareness.at, to, deadline: deadlineOf(to), reason: request.reason },
      context,
    ),
    corrects: clock.awareness.seq,
    apply: (recorded) =>
      replace(clocks, {
        ...clock,
        awareness: {
          at: to,
          source: 'edited',
          reason: request.reason,
          by: recorded.actor,
          seq: recorded.seq,
          recordedAt: recorded.at,
          changes: clock.awareness.changes + 1,
        },
      }),
  };
}

export function planDecision(
  clocks: readonly PrivacyClock[],
  request: PrivacyDecisionRequest,
  context: PlanContext,
): ClockPlan {
  const clock = findClock(clocks, request.clockId);
  const previous = clock.decision;
  // A correction is the decision in force from now on: its timing is its own.
  const { deadline, elapsedMs } = countdown({ ...clock, decision: null }, context.now);
  return {
    kind: 'decision',
    summary: privacySummaries.decided(
      clock.incident,
      {
        notify: request.notify,
        elapsedMs,
        deadline,
        reason: request.reason,
        corrected: previous !== null,
      },
      context,
    ),
    corrects: previous?.seq ?? null,
    apply: (recorded) =>
      replace(clocks, {
        ...clock,
        decision: {
          notify: request.notify,
          reason: request.reason,
          at: recorded.at,
          by: recorded.actor,
          seq: recorded.seq,
          corrections: previous ? previous.corrections + 1 : 0,
        },
      }),
  };
}

function findClock(clocks: readonly PrivacyClock[], id: string): PrivacyClock {
  const clock = clocks.find((candidate) => candidate.id === id);
  if (!clock) throw new PrivacyClockError(`no privacy clock "${id}" (start it first)`);
  return clock;
}

function replace(clocks: readonly PrivacyClock[], changed: PrivacyClock): PrivacyClock[] {
  return clocks.map((clock) => (clock.id === changed.id ? changed : clock));
}

const moment = (at: string, context: PlanContext) =>
  formatMoment(at, 'nl', context.timeZone, { year: true });
