/**
 * For each time, how many calls fall in (time - window, time] — the window ticket-spike
 * counts — in one pass: `calls` sorted ascending, `times` ascending, both edges only move on.
 */
export function trailingCounts(
  calls: Float64Array,
  times: readonly number[],
  window: number,
): number[] {
  let upTo = 0;
  let before = 0;
  return times.map((time) => {
    while (upTo < calls.length && calls[upTo]! <= time) upTo++;
    while (before < calls.length && calls[before]! <= time - window) before++;
    return upTo - before;
  });
}
