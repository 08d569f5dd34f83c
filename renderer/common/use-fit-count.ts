import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many of `total` items fit in `box` without overflowing it: the list shows that many and
 * says "+n" for the rest, instead of clipping silently. It starts from all of them and drops
 * one per layout pass until the box no longer overflows (before the browser paints, so no
 * overflowing frame is ever shown), and starts over when the window is resized or `contentKey`
 * (what the items say) changes. useFitLines with one line: the same fit, counted only.
 */
export function useFitCount(
  box: RefObject<HTMLElement | null>,
  total: number,
  contentKey: string,
  startOverKey: string = contentKey,
): number {
  return useFitLines(box, total, 1, contentKey, startOverKey).count;
}

function overflows(element: HTMLElement): boolean {
  // One pixel of slack: sub-pixel layout rounds scrollHeight up.
  return (
    element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
  );
}

/**
 * The viewport's size, which is what the wall's boxes follow. Not the box's own size: a box
 * sized by its content would change with every item dropped and start the fit over forever.
 */
function useViewportKey(): string {
  const [key, setKey] = useState(viewportKey);
  useEffect(() => {
    const update = () => setKey(viewportKey());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return key;
}

function viewportKey(): string {
  return `${window.innerWidth}x${window.innerHeight}`;
}

/** How many items to show, and in how many lines at most each of them may be drawn. */
export interface FitLines {
  readonly count: number;
  readonly lines: number;
}

/**
 * Like useFitCount, for items whose text may also be shortened (clamped to fewer lines):
 * items are dropped down to one, then that one is drawn in fewer lines, down to one line,
 * and only then dropped too. A small tile still says what is worst, if only in one line.
 */
export function useFitLines(
  box: RefObject<HTMLElement | null>,
  total: number,
  maxLines: number,
  contentKey: string,
  /**
   * What makes it start over from everything: by default any change of content. A text that
   * only counts up ("down for 4 min") passes a key without it, so each snapshot costs one
   * check of the box instead of a fit from scratch; a longer text still drops what no longer
   * fits, a shorter one waits for the next change of this key or of the window.
   */
  startOverKey: string = contentKey,
): FitLines {
  const size = useViewportKey();
  const [fit, setFit] = useState({ count: total, lines: maxLines, key: startOverKey, size });
  let current: FitLines = fit;
  if (fit.key !== startOverKey || fit.size !== size || fit.count > total) {
    // Start over with everything: React's way to follow changed props, during the render.
    current = { count: total, lines: maxLines };
    setFit({ ...current, key: startOverKey, size });
  }
  const { count, lines } = current;
  // Measured after layout, before paint: one item (or line) fewer per pass while it overflows.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || count === 0 || !overflows(element)) return;
    // From everything, jump to what the items' own boxes say fits: one pass, not one per item.
    const fitting = count === total ? itemsThatFit(element, count) : count;
    const next =
      fitting < count - 1 ? { count: Math.max(fitting, 1), lines } : tighter({ count, lines });
    // Measure, then adjust before paint: what useLayoutEffect is for (react.dev, useLayoutEffect).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- set from a layout measurement
    setFit({ ...next, key: startOverKey, size });
  }, [box, count, lines, total, contentKey, startOverKey, size]);
  return { count, lines };
}

/**
 * How many of the box's first children end inside it with a line to spare (for "+n"). Only
 * for a list whose children are its items, overflowing downwards; any other box (a heading
 * above the list, a row that overflows sideways) is fitted item by item.
 */
function itemsThatFit(element: HTMLElement, items: number): number {
  const downwards = element.scrollHeight > element.clientHeight + 1;
  if (!downwards || element.children.length !== items) return items;
  const top = element.getBoundingClientRect().top;
  const style = getComputedStyle(element);
  const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.4;
  const room = element.clientHeight - line;
  let fitting = 0;
  for (const child of element.children) {
    if (child.getBoundingClientRect().bottom - top > room) break;
    fitting += 1;
  }
  return fitting;
}

function tighter({ count, lines }: FitLines): FitLines {
  if (count > 1) return { count: count - 1, lines };
  if (lines > 1) return { count, lines: lines - 1 };
  return { count: 0, lines };
}
