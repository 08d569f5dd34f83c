import type { BrowserWindow } from 'electron';
import path from 'node:path';
import { z } from 'zod';
import type { ViewName } from '../../shared/ipc/views.ts';
import type { Clock } from '../time/clock.ts';
import { readJsonFile, writeJsonFile } from './json-file.ts';
import type { Bounds, SavedPlacement } from './window-bounds.ts';

/** The windows whose place is remembered; the wall keeps its display (wall-placement.ts). */
export const rememberedViews = ['coordinator', 'timeline'] as const;
export type RememberedView = (typeof rememberedViews)[number];

export function remembersPlacement(view: ViewName): view is RememberedView {
  return (rememberedViews as readonly string[]).includes(view);
}

/** Far beyond any desktop: a coordinate or size past this is not one we saved. */
const LIMIT = 100_000;
const boundsSchema = z.strictObject({
  x: z.number().int().min(-LIMIT).max(LIMIT),
  y: z.number().int().min(-LIMIT).max(LIMIT),
  width: z.number().int().min(1).max(LIMIT),
  height: z.number().int().min(1).max(LIMIT),
});
const placementSchema = z.strictObject({
  bounds: boundsSchema,
  maximized: z.boolean(),
  displayId: z.number().int().nullable(),
});
const statesSchema = z.strictObject({
  coordinator: placementSchema.optional(),
  timeline: placementSchema.optional(),
});
export type WindowStates = Partial<Record<RememberedView, SavedPlacement>>;

/** window-state.json in the app's data folder; missing or damaged reads as nothing saved. */
export class WindowStateFile {
  readonly #file: string;

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, 'window-state.json');
  }

  async read(): Promise<WindowStates> {
    return (await readJsonFile(this.#file, statesSchema)) ?? {};
  }

  async write(states: WindowStates): Promise<void> {
    await writeJsonFile(this.#file, statesSchema, states);
  }
}

/** The part of a BrowserWindow whose place is followed. */
export type TrackedWindow = Pick<
  BrowserWindow,
  'getNormalBounds' | 'isMaximized' | 'isDestroyed' | 'on' | 'once'
>;

export interface WindowStateKeeperOptions {
  /** What window-state.json held at the start. */
  readonly initial: WindowStates;
  readonly file: { write(states: WindowStates): Promise<void> };
  /** The id of the display that holds most of `bounds` (Electron's screen.getDisplayMatching). */
  readonly displayOf: (bounds: Bounds) => number | null;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  /** How long a window must sit still after a move or resize before it is saved. */
  readonly settleMs?: number;
}

const SETTLE_MS = 500;

/**
 * Remembers where the desk and the timeline window are: saved once a move or a resize has
 * settled, and when the window closes, so the next start opens each where it was.
 */
export class WindowStateKeeper {
  readonly #options: WindowStateKeeperOptions;
  readonly #states: WindowStates;
  #writing: Promise<void> = Promise.resolve();

  constructor(options: WindowStateKeeperOptions) {
    this.#options = options;
    this.#states = { ...options.initial };
  }

  saved(view: RememberedView): SavedPlacement | null {
    return this.#states[view] ?? null;
  }

  /** Follows the window until it is closed. */
  track(view: RememberedView, window: TrackedWindow): void {
    let settling: AbortController | null = null;
    const settleMs = this.#options.settleMs ?? SETTLE_MS;
    const changed = () => {
      settling?.abort();
      const current = new AbortController();
      settling = current;
      this.#options.clock.sleep(settleMs, current.signal).then(
        () => this.#capture(view, window),
        () => {},
      );
    };
    window.on('move', changed);
    window.on('resize', changed);
    window.on('maximize', changed);
    window.on('unmaximize', changed);
    // 'close' comes while the window still has its bounds ('closed' is too late to ask).
    window.once('close', () => {
      settling?.abort();
      this.#capture(view, window);
    });
  }

  /** Resolves when every save asked for so far is written (or has failed and been logged). */
  flushed(): Promise<void> {
    return this.#writing;
  }

  #capture(view: RememberedView, window: TrackedWindow): void {
    if (window.isDestroyed()) return;
    const bounds = roundBounds(window.getNormalBounds());
    const placement = {
      bounds,
      maximized: window.isMaximized(),
      displayId: this.#options.displayOf(bounds),
    };
    if (samePlacement(this.#states[view], placement)) return;
    this.#states[view] = placement;
    const states = { ...this.#states };
    this.#writing = this.#writing
      .then(() => this.#options.file.write(states))
      .catch((error: unknown) =>
        this.#options.log(`Dijkwacht: cannot save the window's place: ${String(error)}`),
      );
  }
}

function roundBounds(bounds: Bounds): Bounds {
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(1, Math.round(bounds.width)),
    height: Math.max(1, Math.round(bounds.height)),
  };
}

function samePlacement(a: SavedPlacement | undefined, b: SavedPlacement): boolean {
  if (!a) return false;
  const [p, q] = [a.bounds, b.bounds];
  return (
    a.maximized === b.maximized &&
    a.displayId === b.displayId &&
    p.x === q.x &&
    p.y === q.y &&
    p.width === q.width &&
    p.height === q.height
  );
}
