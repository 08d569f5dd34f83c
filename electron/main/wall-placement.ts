import type { BrowserWindow, Rectangle, Screen } from 'electron';
import type { Clock } from '../time/clock.ts';
import {
  chooseDisplay,
  displayToRemember,
  needsPlacing,
  numberDisplays,
  type DisplayArea,
  type DisplayChoice,
} from './wall-display.ts';

/** The displays as the placement reads them; `electronDisplays` adapts Electron's screen. */
export interface Displays {
  all(): readonly DisplayArea[];
  primaryId(): number;
  /** The display that holds most of `bounds`. */
  matching(bounds: Rectangle): DisplayArea;
  /** Calls `listener` when a display is added, removed or changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** Adapts Electron's screen; its three display events all mean "look again". */
export function electronDisplays(screen: Screen): Displays {
  return {
    all: () => screen.getAllDisplays(),
    primaryId: () => screen.getPrimaryDisplay().id,
    matching: (bounds) => screen.getDisplayMatching(bounds),
    onChange: (listener) => {
      screen.on('display-added', listener);
      screen.on('display-removed', listener);
      screen.on('display-metrics-changed', listener);
      return () => {
        screen.off('display-added', listener);
        screen.off('display-removed', listener);
        screen.off('display-metrics-changed', listener);
      };
    },
  };
}

export type PlacedWindow = Pick<
  BrowserWindow,
  'getBounds' | 'setBounds' | 'setKiosk' | 'isDestroyed' | 'on' | 'off' | 'once'
>;

export interface WallPlacementOptions {
  readonly displays: Displays;
  /** What wall-display.json held at the start (WallDisplayFile.read), and where it is written. */
  readonly savedDisplayId: number | null;
  readonly file: { write(displayId: number): Promise<void> };
  /** `--display N`, else the config's `wall.display`, else null. */
  readonly preferredIndex: number | null;
  readonly clock: Clock;
  /** One line on stderr. */
  readonly log: (line: string) => void;
  /** How long the wall must sit still after a move before it counts as moved by hand. */
  readonly settleMs?: number;
}

const SETTLE_MS = 1_000;

/**
 * Keeps the wall full screen on its display (docs/reliability.md, "The wall's process"): the
 * display it was last moved to by hand, else the preferred one, else the primary. It moves to
 * the primary when its display goes away and back when it returns, and remembers a display
 * someone moved it to.
 */
export class WallPlacement {
  readonly #options: WallPlacementOptions;
  #savedDisplayId: number | null;

  constructor(options: WallPlacementOptions) {
    this.#options = options;
    this.#savedDisplayId = options.savedDisplayId;
  }

  /** Where the wall goes now; null when no display is connected (Electron then decides). */
  choose(): DisplayChoice<DisplayArea> | null {
    const { displays, preferredIndex } = this.#options;
    return chooseDisplay(displays.all(), {
      primaryId: displays.primaryId(),
      savedDisplayId: this.#savedDisplayId,
      preferredIndex,
    });
  }

  /**
   * Follows the displays for this wall window until it closes. `createdOn` is the display whose
   * bounds the window was created with (`choose()` at the time), or null if it had none.
   */
  attach(window: PlacedWindow, createdOn: DisplayArea | null): void {
    const followed = new FollowedWall(this.#options, window, createdOn, {
      choose: () => this.choose(),
      saved: () => this.#savedDisplayId,
      save: (displayId) => {
        this.#savedDisplayId = displayId;
        this.#options.file.write(displayId).catch((error: unknown) => {
          this.#options.log(`Dijkwacht: cannot save the wall's display: ${String(error)}`);
        });
      },
    });
    const stopFollowing = this.#options.displays.onChange(followed.place);
    window.on('move', followed.moved);
    window.once('closed', () => {
      stopFollowing();
      followed.stop();
      window.off('move', followed.moved);
    });
  }
}

/** What a followed wall asks of the placement: where to go, and what is saved. */
interface PlacementChoice {
  choose(): DisplayChoice<DisplayArea> | null;
  saved(): number | null;
  save(displayId: number): void;
}

/** One wall window: where the app placed it, and whether a move was the app's or a person's. */
class FollowedWall {
  readonly #options: WallPlacementOptions;
  readonly #window: PlacedWindow;
  readonly #placement: PlacementChoice;
  #placed: DisplayArea | null;
  #ignoreMovesUntil = -Infinity;
  #settling: AbortController | null = null;

  constructor(
    options: WallPlacementOptions,
    window: PlacedWindow,
    createdOn: DisplayArea | null,
    placement: PlacementChoice,
  ) {
    this.#options = options;
    this.#window = window;
    this.#placed = createdOn;
    this.#placement = placement;
  }

  /** Puts the wall where `choose()` says, if it is not there already. */
  place = (): void => {
    const choice = this.#placement.choose();
    const window = this.#window;
    if (!choice || window.isDestroyed() || !needsPlacing(choice.display, this.#placed)) return;
    this.#placed = choice.display;
    this.#settling?.abort();
    this.#ignoreMovesUntil = this.#options.clock.monotonic() + this.#settleMs();
    // Bounds do not apply to a window in kiosk (full screen) mode: leave it, move, go back.
    window.setKiosk(false);
    window.setBounds(choice.display.bounds);
    window.setKiosk(true);
    const number = this.#number(choice.display);
    this.#options.log(`Dijkwacht: the wall is on display ${number} (${choice.reason})`);
  };

  /** A move that is not the app's own: looked at once the wall has sat still. */
  moved = (): void => {
    const { clock } = this.#options;
    if (clock.monotonic() < this.#ignoreMovesUntil) return;
    this.#settling?.abort();
    const settling = new AbortController();
    this.#settling = settling;
    clock.sleep(this.#settleMs(), settling.signal).then(this.#settled, () => {});
  };

  stop(): void {
    this.#settling?.abort();
  }

  #settled = (): void => {
    if (this.#window.isDestroyed()) return;
    const current = this.#options.displays.matching(this.#window.getBounds());
    const remember = displayToRemember({
      placedOnId: this.#placed?.id ?? null,
      currentId: current.id,
      savedDisplayId: this.#placement.saved(),
    });
    if (remember === null) return;
    this.#placed = current;
    this.#placement.save(remember);
  };

  #settleMs(): number {
    return this.#options.settleMs ?? SETTLE_MS;
  }

  /** The display's number as `--display` counts it. */
  #number(display: DisplayArea): number {
    const { displays } = this.#options;
    const numbered = numberDisplays(displays.all(), displays.primaryId());
    return numbered.findIndex((other) => other.id === display.id) + 1;
  }
}
