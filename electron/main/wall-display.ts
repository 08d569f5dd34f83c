/** The part of Electron's Display the wall's placement reads. */
export interface DisplayArea {
  readonly id: number;
  /** In DIP, on the virtual desktop every display is part of. */
  readonly bounds: Readonly<{ x: number; y: number; width: number; height: number }>;
}

export interface DisplayWishes {
  /** Electron's primary display (screen.getPrimaryDisplay()). */
  readonly primaryId: number;
  /** The display the wall was last moved to by hand (wall-display.json), if any. */
  readonly savedDisplayId: number | null;
  /** `--display N` or the config's `wall.display`: 1 is the primary, then left to right. */
  readonly preferredIndex: number | null;
}

export type DisplayChoice<D extends DisplayArea> = {
  readonly display: D;
  /** Why this one: the saved display, the preferred number, or the primary as the fallback. */
  readonly reason: 'saved' | 'preferred' | 'primary';
};

/**
 * The displays as people count them: the primary is 1, then the others left to right
 * (top to bottom where two share a left edge), which is how a display settings page draws them.
 */
export function numberDisplays<D extends DisplayArea>(
  displays: readonly D[],
  primaryId: number,
): D[] {
  const primary = displays.filter((display) => display.id === primaryId);
  const others = displays
    .filter((display) => display.id !== primaryId)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
  return [...primary, ...others];
}

/**
 * Where the wall goes: the display it was last moved to while that display is connected, else
 * the preferred number while a display of that number exists, else the primary. Null only when
 * no display is connected at all.
 */
export function chooseDisplay<D extends DisplayArea>(
  displays: readonly D[],
  wishes: DisplayWishes,
): DisplayChoice<D> | null {
  const numbered = numberDisplays(displays, wishes.primaryId);
  const saved = numbered.find((display) => display.id === wishes.savedDisplayId);
  if (saved) return { display: saved, reason: 'saved' };
  const index = wishes.preferredIndex;
  const preferred = index !== null && Number.isInteger(index) ? numbered[index - 1] : undefined;
  if (preferred) return { display: preferred, reason: 'preferred' };
  const primary = numbered[0];
  return primary ? { display: primary, reason: 'primary' } : null;
}

/**
 * What to write to wall-display.json after the wall settled on `currentId`: only a display it
 * was moved to by hand (not the one the app placed it on) and that is not saved already. A
 * wall the app moved to the primary because its display went away therefore keeps the saved
 * one, and returns to it when it comes back.
 */
export function displayToRemember(state: {
  readonly placedOnId: number | null;
  readonly currentId: number;
  readonly savedDisplayId: number | null;
}): number | null {
  if (state.currentId === state.placedOnId || state.currentId === state.savedDisplayId) return null;
  return state.currentId;
}

/**
 * Whether the wall must be placed again: on another display than it was placed on, or on the
 * same one whose bounds changed since (a new resolution, a rotation, a rearrangement).
 */
export function needsPlacing(target: DisplayArea, placed: DisplayArea | null): boolean {
  if (!placed || placed.id !== target.id) return true;
  const [a, b] = [target.bounds, placed.bounds];
  return a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height;
}
