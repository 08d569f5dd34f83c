import type { Screen } from 'electron';

/** A rectangle on the virtual desktop, in DIP (Electron's Rectangle). */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of Electron's Display a window's restore reads: `workArea` leaves out the taskbar. */
export interface ScreenArea {
  readonly id: number;
  readonly bounds: Bounds;
  readonly workArea: Bounds;
}

/** Where a window was when it was last moved, resized or closed. */
export interface SavedPlacement {
  /** Its normal (not maximised) bounds. */
  readonly bounds: Bounds;
  readonly maximized: boolean;
  /** The display it was on, when known. */
  readonly displayId: number | null;
}

export interface Restored {
  readonly bounds: Bounds;
  readonly maximized: boolean;
  /** Why there: its own display, the display that holds most of it, or the primary (display gone). */
  readonly on: 'saved-display' | 'overlapping-display' | 'primary';
}

/**
 * Where a window opens again (docs/desktop.md). On its saved display while that is connected,
 * else on the display that holds most of its saved bounds, else — its display is gone — centred
 * on the primary. Wherever it goes it is made to fit the display's work area, so it is never
 * off-screen and never larger than the screen; `minimum` is kept where the screen allows it.
 * Null when there is nothing saved or no display at all (Electron's defaults then apply).
 */
export function restorePlacement(
  saved: SavedPlacement | null,
  displays: readonly ScreenArea[],
  primaryId: number,
  minimum: { readonly width: number; readonly height: number },
): Restored | null {
  const primary = displays.find((display) => display.id === primaryId) ?? displays[0];
  if (!saved || !primary) return null;
  const own = displays.find((display) => display.id === saved.displayId);
  const overlapping = own ? null : mostOverlapping(saved.bounds, displays);
  const target = own ?? overlapping ?? primary;
  const size = fitSize(saved.bounds, target.workArea, minimum);
  const bounds =
    own || overlapping
      ? { ...clampInto({ ...saved.bounds, ...size }, target.workArea) }
      : centreIn(size, target.workArea);
  return {
    bounds,
    maximized: saved.maximized,
    on: own ? 'saved-display' : overlapping ? 'overlapping-display' : 'primary',
  };
}

/** The display whose area shares the most with `bounds`; null when none shares any. */
function mostOverlapping(bounds: Bounds, displays: readonly ScreenArea[]): ScreenArea | null {
  let best: ScreenArea | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const area = overlap(bounds, display.bounds);
    if (area > bestArea) [best, bestArea] = [display, area];
  }
  return best;
}

function overlap(a: Bounds, b: Bounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The saved size, at least the minimum, at most the work area. */
function fitSize(
  bounds: Bounds,
  area: Bounds,
  minimum: { readonly width: number; readonly height: number },
): { width: number; height: number } {
  const fit = (value: number, min: number, max: number) =>
    Math.round(Math.min(Math.max(value, min), max));
  return {
    width: fit(bounds.width, minimum.width, area.width),
    height: fit(bounds.height, minimum.height, area.height),
  };
}

/** Moved just enough to lie wholly inside `area` (the size already fits). */
function clampInto(bounds: Bounds, area: Bounds): Bounds {
  const clamp = (value: number, min: number, max: number) =>
    Math.round(Math.min(Math.max(value, min), max));
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - bounds.width),
    y: clamp(bounds.y, area.y, area.y + area.height - bounds.height),
    width: bounds.width,
    height: bounds.height,
  };
}

function centreIn(size: { width: number; height: number }, area: Bounds): Bounds {
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

/** Electron's displays as the restore reads them. */
export function screenAreas(screen: Pick<Screen, 'getAllDisplays'>): ScreenArea[] {
  return screen.getAllDisplays().map(({ id, bounds, workArea }) => ({ id, bounds, workArea }));
}
