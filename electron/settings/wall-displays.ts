import type { DisplayOption } from '../../shared/settings/settings-contract.ts';
import { numberDisplays, type DisplayArea } from '../main/wall-display.ts';

/**
 * The displays the settings page offers for the wall, and the one chosen. In the app this is
 * Electron's screen and wall-display.json (the file the wall's placement reads at start and
 * writes when someone drags the wall to another display); the browser tests have none.
 */
export interface WallDisplays {
  list(): readonly DisplayOption[];
  chosen(): Promise<number | null>;
  choose(displayId: number): Promise<void>;
}

/** The part of Electron's `screen` read here (structural, so this file needs no Electron). */
export interface ScreenLike {
  getAllDisplays(): readonly DisplayArea[];
  getPrimaryDisplay(): { readonly id: number };
}

/** Where the chosen display is kept: electron/main/wall-display-file.ts's WallDisplayFile. */
export interface DisplayFile {
  read(): Promise<number | null>;
  write(displayId: number): Promise<void>;
}

/**
 * Electron's displays, numbered as `--display` counts them. A choice is written where the wall
 * looks at start; the wall opens there the next time it is opened.
 */
export function screenWallDisplays(screen: ScreenLike, file: DisplayFile): WallDisplays {
  return {
    list: () => {
      const primaryId = screen.getPrimaryDisplay().id;
      return numberDisplays(screen.getAllDisplays(), primaryId)
        .slice(0, 16)
        .map((display, index) => ({
          id: display.id,
          number: index + 1,
          width: Math.round(display.bounds.width),
          height: Math.round(display.bounds.height),
          primary: display.id === primaryId,
        }));
    },
    chosen: () => file.read(),
    choose: (displayId) => file.write(displayId),
  };
}
