/**
 * How far a coordinator may move the moment of awareness: not into the future (beyond the
 * small difference between the seat's clock and a source's), and not more than a month back,
 * which is taken for a typing error. The desk checks the same before it sends.
 */
export const AWARENESS_MAX_AGE_MS = 31 * 24 * 3_600_000;
export const AWARENESS_FUTURE_TOLERANCE_MS = 60_000;
