import { parseArgs } from 'node:util';
import type { ViewName } from './window.ts';

export interface LaunchOptions {
  /** A config file, or null for the built-in demo. */
  readonly configFile: string | null;
  readonly view: ViewName;
}

/**
 * `electron . [--config FILE] [--wall]`; DIJKWACHT_CONFIG works too. Chromium's own switches
 * are in argv as well, so unknown options are ignored rather than refused.
 */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): LaunchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: { config: { type: 'string' }, wall: { type: 'boolean', default: false } },
  });
  const configFile =
    typeof values.config === 'string' ? values.config : (env.DIJKWACHT_CONFIG ?? null);
  return { configFile: configFile || null, view: values.wall === true ? 'wall' : 'coordinator' };
}
