import type { Mark } from './mark.ts';

const SEVERITY_RANK: Readonly<Record<Mark['severity'], number>> = { critical: 0, warning: 1 };

/**
 * The order a screen shows marks in: worst first, then the ones nobody has seen to
 * (not acknowledged, not snoozed at `now`), then newest first. When a tile has room for
 * only some, the ones that need someone now are the ones shown.
 */
export function inDisplayOrder(marks: readonly Mark[], now: Date): Mark[] {
  return marks.toSorted(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      Number(seenTo(a, now)) - Number(seenTo(b, now)) ||
      Date.parse(b.since) - Date.parse(a.since),
  );
}

function seenTo(mark: Mark, now: Date): boolean {
  const snoozed = mark.snoozed !== null && Date.parse(mark.snoozed.until) > now.getTime();
  return mark.acknowledged !== null || snoozed;
}
