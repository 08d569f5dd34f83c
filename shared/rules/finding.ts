import type { Evidence } from '../marks/evidence.ts';

/** One situation a rule sees now; the hysteresis decides whether it is (still) a mark. */
export interface Finding {
  /** Stable across polls for the same situation (a ticket id, a check id, a subcategory). */
  readonly key: string;
  /** When the situation began, from the source's own timestamps where it has them. */
  readonly since: string | null;
  readonly evidence: Evidence;
  /**
   * False: the condition does not hold, but here is what is true now (a spike's current
   * count), so a mark held by `clearAfter` shows today's figure rather than a frozen one.
   */
  readonly active: boolean;
}
