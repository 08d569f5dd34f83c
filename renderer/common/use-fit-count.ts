import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many of `total` items fit in `box` without overflowing it: the list shows that many and
 * says "+n" for the rest, instead of clipping silently. It starts from all of them and drops
 * items until the box no longer overflows (before the browser paints, so no overflowing frame
 * is ever shown). useFitLines with one line: the same fit, counted only.
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

/**
 * The box's height, followed: a box can change size without the window doing so (a line under
 * it comes or goes), and what fitted must then be checked again. Rounded to whole pixels.
 */
function useBoxHeight(box: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = box.current;
    // jsdom (the component tests) has no ResizeObserver; the window's size is followed anyway.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.round(entry.contentRect.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return height;
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
 *
 * It starts from everything when `startOverKey` or the window changes. When only what the
 * items say changes (`contentKey`: a mark acknowledged, a duration counting up), it fits
 * again from where it stands: one fewer while the box overflows, one more while the box has
 * room for it. An acknowledgement then costs a check of one box, not a fit from scratch.
 */
export function useFitLines(
  box: RefObject<HTMLElement | null>,
  total: number,
  maxLines: number,
  contentKey: string,
  startOverKey: string = contentKey,
): FitLines {
  const size = useViewportKey();
  const height = useBoxHeight(box);
  const most = levelOf({ count: total, lines: maxLines }, maxLines);
  const [fit, setFit] = useState({
    level: most,
    startOverKey,
    contentKey,
    size,
    height,
    tooMany: NONE,
  });
  let { level, tooMany } = fit;
  if (fit.startOverKey !== startOverKey || fit.size !== size || level > most) {
    // Start over with everything: React's way to follow changed props, during the render.
    level = most;
    tooMany = NONE;
    setFit({ level, startOverKey, contentKey, size, height, tooMany });
  } else if (fit.contentKey !== contentKey || height > fit.height) {
    // Other words, or a taller box (a line beside it went): what overflowed before need not now.
    tooMany = NONE;
    setFit({ level, startOverKey, contentKey, size, height, tooMany });
  } else if (height !== fit.height) {
    setFit({ ...fit, height });
  }
  // Measured after layout, before paint, so no overflowing frame is ever shown.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const next = refit(element, { level, most, tooMany, maxLines });
    if (next === null) return;
    // Measure, then adjust before paint: what useLayoutEffect is for (react.dev, useLayoutEffect).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- set from a layout measurement
    setFit({ ...next, startOverKey, contentKey, size, height });
  }, [box, level, most, tooMany, maxLines, contentKey, startOverKey, size, height]);
  return fitAt(level, maxLines);
}

/** No level is known to overflow. */
const NONE = Number.POSITIVE_INFINITY;

interface FitState {
  /** What is shown, as one number: see levelOf. */
  readonly level: number;
  /** The level that shows everything. */
  readonly most: number;
  /** The lowest level seen to overflow with the present content: never tried again. */
  readonly tooMany: number;
  readonly maxLines: number;
}

/**
 * What to show next, or null when it stays: fewer while the box overflows (from everything,
 * straight to what the items' boxes say fits: one pass, not one per item), one more while the
 * box has room for another item like the ones it shows and that has not overflowed before.
 */
function refit(
  element: HTMLElement,
  { level, most, tooMany, maxLines }: FitState,
): { level: number; tooMany: number } | null {
  if (level > 0 && overflows(element)) {
    const { count } = fitAt(level, maxLines);
    const fitting = level === most ? itemsThatFit(element, count) : count;
    const next =
      fitting < count - 1
        ? levelOf({ count: Math.max(fitting, 1), lines: maxLines }, maxLines)
        : level - 1;
    return { level: next, tooMany: level };
  }
  if (
    level < most &&
    level + 1 < tooMany &&
    hasRoomForOneMore(element, fitAt(level, maxLines).count)
  ) {
    return { level: level + 1, tooMany };
  }
  return null;
}

/**
 * Items shown and lines per item as one number, in the order the fit steps through them:
 * 0 is nothing, 1…maxLines is one item in that many lines, and from there one more item each.
 */
function levelOf({ count, lines }: FitLines, maxLines: number): number {
  if (count === 0) return 0;
  if (count === 1) return lines;
  return maxLines + count - 1;
}

function fitAt(level: number, maxLines: number): FitLines {
  if (level <= 0) return { count: 0, lines: maxLines };
  if (level <= maxLines) return { count: 1, lines: level };
  return { count: level - maxLines + 1, lines: maxLines };
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
  const room = element.clientHeight - lineHeightOf(element);
  let fitting = 0;
  for (const child of element.children) {
    if (child.getBoundingClientRect().bottom - top > room) break;
    fitting += 1;
  }
  return fitting;
}

/**
 * Whether the room left under the last child would hold the smallest of the `items` shown
 * (the first children; a "+n" after them is not an item). A guess, since the next item may be
 * bigger: which is why a level that overflowed is not tried again.
 */
function hasRoomForOneMore(element: HTMLElement, items: number): boolean {
  const last = element.lastElementChild;
  if (!last) return element.clientHeight > lineHeightOf(element);
  const left =
    element.getBoundingClientRect().top +
    element.clientHeight -
    last.getBoundingClientRect().bottom;
  let smallest = lineHeightOf(element);
  const shown = Array.from(element.children).slice(0, items);
  if (shown.length > 0)
    smallest = Math.min(...shown.map((child) => child.getBoundingClientRect().height));
  return left >= smallest;
}

function lineHeightOf(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.4;
}
