import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file.ts';

/** The config a user keeps in the app's data folder; "Create configuration…" writes it. */
export const DEFAULT_CONFIG_NAME = 'dijkwacht.yaml';
/** Where the config the user last opened is remembered, in the app's data folder. */
const REMEMBERED_NAME = 'config-location.json';
/** Longer than any path an OS accepts: a longer one is not a path we wrote. */
const MAX_PATH_LENGTH = 4096;

/**
 * Where the config came from (docs/desktop.md): the command line or DIJKWACHT_CONFIG, the one
 * last opened in the app, the default in the data folder, or none (the built-in demo).
 */
export type ConfigOrigin = 'launch' | 'remembered' | 'default' | 'demo';

export interface ConfigChoice {
  /** The config file, or null for the built-in demo. */
  readonly file: string | null;
  readonly origin: ConfigOrigin;
  /** Why a candidate was passed over, for the log (a remembered file that is gone). */
  readonly notes: readonly string[];
}

export interface ConfigCandidates {
  /** `--config FILE` or DIJKWACHT_CONFIG (LaunchOptions.configFile). */
  readonly launchFile: string | null;
  /** The config last opened in the app (RememberedConfig.read). */
  readonly rememberedFile: string | null;
  /** `<userData>/dijkwacht.yaml`. */
  readonly defaultFile: string;
  /** `--demo`: skip the remembered and the default config. */
  readonly demo?: boolean;
}

/**
 * The config to start on. A file given at launch is used as it is, even when it is missing,
 * so that a typo is reported rather than silently replaced; a remembered or default file
 * counts only while it exists, so an app started from a launcher always starts.
 */
export async function chooseConfigFile(
  candidates: ConfigCandidates,
  isFile: (file: string) => Promise<boolean> = isRegularFile,
): Promise<ConfigChoice> {
  if (candidates.launchFile) return { file: candidates.launchFile, origin: 'launch', notes: [] };
  if (candidates.demo) return { file: null, origin: 'demo', notes: ['--demo: the built-in demo'] };
  const notes: string[] = [];
  const remembered = candidates.rememberedFile;
  if (remembered) {
    if (await isFile(remembered)) return { file: remembered, origin: 'remembered', notes };
    notes.push(`the configuration last opened, ${remembered}, is no longer there`);
  }
  if (await isFile(candidates.defaultFile))
    return { file: candidates.defaultFile, origin: 'default', notes };
  return { file: null, origin: 'demo', notes };
}

/** The default config's place in the app's data folder. */
export function defaultConfigFile(dataDir: string): string {
  return path.join(dataDir, DEFAULT_CONFIG_NAME);
}

const rememberedSchema = z.strictObject({
  file: z
    .string()
    .min(1)
    .max(MAX_PATH_LENGTH)
    .refine((file) => path.isAbsolute(file), 'an absolute path'),
});

/** The config the user last opened in the app, kept as config-location.json in the data folder. */
export class RememberedConfig {
  readonly #file: string;

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, REMEMBERED_NAME);
  }

  /** The remembered file, or null when none is (or the record is damaged). */
  async read(): Promise<string | null> {
    return (await readJsonFile(this.#file, rememberedSchema))?.file ?? null;
  }

  /** Remembers the file by its full path (a launcher starts the app in no useful folder). */
  async remember(file: string): Promise<void> {
    await writeJsonFile(this.#file, rememberedSchema, { file: path.resolve(file) });
  }
}

/** What to restart on: a config file, or the built-in demo. */
export type RestartTarget = { readonly configFile: string } | 'demo';

/**
 * The arguments to restart with: the ones this start had (the app's path in development,
 * `--wall`, `--db`, Chromium's switches) without `--config` and `--demo`, then the target:
 * `--config FILE` — which also wins over a DIJKWACHT_CONFIG the new process inherits — or
 * `--demo`.
 */
export function relaunchArgs(argv: readonly string[], target: RestartTarget): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--config') index++;
    else if (!arg.startsWith('--config=') && arg !== '--demo') kept.push(arg);
  }
  return [...kept, ...(target === 'demo' ? ['--demo'] : ['--config', target.configFile])];
}

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
