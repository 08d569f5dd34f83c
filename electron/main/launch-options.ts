import { parseArgs } from 'node:util';
import { DEFAULT_VIEW, type ViewName } from '../../shared/ipc/views.ts';

export interface LaunchOptions {
  /** A config file, or null for the built-in demo. */
  readonly configFile: string | null;
  readonly view: ViewName;
  /** The timeline's store, or null for the default one in the app's data folder. */
  readonly db: string | null;
  /** The shared war room to join as a seat (docs/war-room.md): a postgres:// URL, or null. */
  readonly join: string | null;
  /** The wall's display: 1 is the primary, then the others left to right; null to let the app choose. */
  readonly display: number | null;
}

/**
 * `electron . [--config FILE] [--db STORE | --join URL] [--wall] [--display N]`;
 * DIJKWACHT_CONFIG, DIJKWACHT_DB and DIJKWACHT_JOIN work too. Chromium's own switches are in argv as well, so unknown options are
 * ignored rather than refused; so is a `--display` that is not a whole number from 1 up.
 */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): LaunchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      db: { type: 'string' },
      join: { type: 'string' },
      wall: { type: 'boolean', default: false },
      display: { type: 'string' },
    },
  });
  const db = typeof values.db === 'string' ? values.db : (env.DIJKWACHT_DB ?? null);
  const join = typeof values.join === 'string' ? values.join : (env.DIJKWACHT_JOIN ?? null);
  const configFile =
    typeof values.config === 'string' ? values.config : (env.DIJKWACHT_CONFIG ?? null);
  return {
    configFile: configFile || null,
    view: values.wall === true ? 'wall' : DEFAULT_VIEW,
    db: db || null,
    join: join || null,
    display: displayNumber(values.display),
  };
}

/**
 * `--demo`: the built-in demo even though a config was remembered or sits in the data folder
 * (what "Start the demo" restarts with when that config cannot be used). `--config` still wins.
 */
export function demoRequested(argv: readonly string[]): boolean {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: { demo: { type: 'boolean', default: false } },
  });
  return values.demo === true;
}

/** "2" → 2; anything but a plain positive whole number (0, -1, 1.5, 2x, "") → null. */
function displayNumber(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,2}$/.test(value)) return null;
  return Number(value);
}
