import type { PrivacyClock } from './clock-schema.ts';

/**
 * The countdown of a privacy clock: GDPR art. 33 gives 72 hours after becoming aware of a
 * personal-data breach to notify the supervisory authority. Counted in real milliseconds from
 * the moment of awareness, never on the calendar: a night when the clocks change still has
 * 72 hours in it, so the deadline's wall time moves by that hour instead (docs/privacy-clock.md).
 */

const HOUR = 3_600_000;
export const NOTIFY_WITHIN_MS = 72 * HOUR;

/**
 * Where a running clock stands: in its first day; 24 or 48 hours gone; the last 12 hours;
 * past the deadline. A decided clock has stopped and has no stage.
 */
export const countdownStages = [
  'first-day',
  'past-24h',
  'past-48h',
  'last-12h',
  'overdue',
] as const;
export type CountdownStage = (typeof countdownStages)[number];

/** When each stage begins, in ms after the moment of awareness. */
const STAGE_STARTS: readonly (readonly [CountdownStage, number])[] = [
  ['overdue', NOTIFY_WITHIN_MS],
  ['last-12h', NOTIFY_WITHIN_MS - 12 * HOUR],
  ['past-48h', 48 * HOUR],
  ['past-24h', 24 * HOUR],
  ['first-day', Number.NEGATIVE_INFINITY],
];

export interface Countdown {
  /** The moment of awareness plus 72 hours (ms since the epoch). */
  readonly deadline: number;
  /** Since awareness, up to now — or up to the decision, which stops the clock. */
  readonly elapsedMs: number;
  /** Until the deadline from the same moment; negative once it has passed. */
  readonly leftMs: number;
  /** Null once decided. */
  readonly stage: CountdownStage | null;
  /** When the stage changes next (ms since the epoch); null when overdue or decided. */
  readonly nextStageAt: number | null;
}

export function deadlineOf(awarenessAt: string): number {
  return Date.parse(awarenessAt) + NOTIFY_WITHIN_MS;
}

export function stageAt(elapsedMs: number): CountdownStage {
  return (STAGE_STARTS.find(([, start]) => elapsedMs >= start) ?? STAGE_STARTS[4]!)[0];
}

/** The clock at `now`: a decided clock reads as it stood when the decision was recorded. */
export function countdown(clock: PrivacyClock, now: number): Countdown {
  const awareness = Date.parse(clock.awareness.at);
  const deadline = awareness + NOTIFY_WITHIN_MS;
  const until = clock.decision ? Date.parse(clock.decision.at) : now;
  const elapsedMs = until - awareness;
  if (clock.decision)
    return { deadline, elapsedMs, leftMs: deadline - until, stage: null, nextStageAt: null };
  const stage = stageAt(elapsedMs);
  return { deadline, elapsedMs, leftMs: deadline - now, stage, nextStageAt: nextStage(stage) };

  function nextStage(current: CountdownStage): number | null {
    const index = STAGE_STARTS.findIndex(([name]) => name === current);
    const next = index > 0 ? STAGE_STARTS[index - 1] : undefined;
    return next ? awareness + next[1] : null;
  }
}

/** Running before decided; among each, the nearest deadline first. */
export function byUrgency(a: PrivacyClock, b: PrivacyClock): number {
  const decided = Number(a.decision !== null) - Number(b.decision !== null);
  if (decided !== 0) return decided;
  return deadlineOf(a.awareness.at) - deadlineOf(b.awareness.at);
}
