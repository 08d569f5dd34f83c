/**
 * The range every duration of the config must fall in. Upper bounds keep each value far
 * below what a timer can hold (2^31 ms, about 24.8 days: beyond it Node fires after 1 ms)
 * and what a source can answer; lower bounds keep a poll loop from hammering a source.
 */
export interface DurationRange {
  readonly min: number;
  readonly max: number;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** A source's durations, as users write them. */
export const SOURCE_DURATIONS = {
  interval: { min: 5 * SECOND, max: DAY },
  timeout: { min: 500, max: 5 * MINUTE },
  resyncInterval: { min: MINUTE, max: DAY },
  /** An Elasticsearch query's window: counted per minute, and a week is plenty of search. */
  window: { min: MINUTE, max: 7 * DAY },
} as const satisfies Record<string, DurationRange>;
export type SourceDurations = { readonly [K in keyof typeof SOURCE_DURATIONS]: DurationRange };

/**
 * A demo config (`demo: true`, written by `dijkwacht simulate`) divides the playbook's
 * durations by its speed factor, up to 3600, and talks only to its own loopback servers: it
 * may poll every second and count over a window of seconds.
 */
export const DEMO_SOURCE_DURATIONS: SourceDurations = {
  ...SOURCE_DURATIONS,
  interval: { min: SECOND, max: SOURCE_DURATIONS.interval.max },
  window: { min: SECOND, max: SOURCE_DURATIONS.window.max },
};

/** A rule's for, clearAfter, window, baseline and deadline: zero means "at once". */
export const RULE_DURATION: DurationRange = { min: 0, max: 30 * DAY };

export const UNASSIGNED_AFTER: DurationRange = { min: MINUTE, max: 30 * DAY };
