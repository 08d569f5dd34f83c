/** Bounds on what a coordinator types, the same in the app, the command line and the store. */
export const actionLimits = {
  /** A note, a reason, a decision: a paragraph, not a document. */
  textMax: 2000,
  nameMax: 80,
  /** Snoozing for less than a minute is a mistake; for more than a day, an acknowledgement. */
  snoozeMinMs: 60_000,
  snoozeMaxMs: 24 * 60 * 60_000,
} as const;
