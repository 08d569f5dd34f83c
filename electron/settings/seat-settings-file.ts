import { readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_SEAT_SETTINGS,
  seatSettingKeys,
  seatSettingsSchema,
  type SeatSettings,
} from '../../shared/settings/seat-settings.ts';
import { WriteQueue, writeFileAtomic } from '../files/atomic-file.ts';

/** settings.json holds two small values; anything this large is not ours. */
const MAX_BYTES = 65_536;

export interface SeatSettingsRead {
  readonly settings: SeatSettings;
  /** What was wrong with the file, in one line that names it; null when it was fine or absent. */
  readonly problem: string | null;
}

/**
 * This seat's settings in `settings.json` in the app's data folder. A missing file means the
 * defaults. A damaged one never stops the app: each key that is wrong falls back to its
 * default and says so, the keys that are right are kept, keys of a newer version are kept as
 * they are, and a file that is not JSON at all is set aside (settings.json.damaged) before
 * the first save, never overwritten.
 */
export class SeatSettingsFile {
  readonly #file: string;
  readonly #writes = new WriteQueue();
  #read: Promise<Loaded> | null = null;
  /** What was read or saved last, for callers that cannot wait (a desktop alert). */
  #current: SeatSettings | null = null;

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, 'settings.json');
  }

  get file(): string {
    return this.#file;
  }

  async read(): Promise<SeatSettingsRead> {
    const loaded = await this.#load();
    return { settings: loaded.settings, problem: loaded.problem };
  }

  /** The settings as last read or saved; null before the first read has finished. */
  current(): SeatSettings | null {
    return this.#current;
  }

  /** Saves `change` over the current settings and answers what is now in force. */
  async update(change: Partial<SeatSettings>): Promise<SeatSettingsRead> {
    return this.#writes.run(async () => {
      const loaded = await this.#load();
      const settings = seatSettingsSchema.parse({ ...loaded.settings, ...change });
      if (loaded.unreadable)
        await rename(this.#file, `${this.#file}.damaged`).catch(() => undefined);
      const content = { ...loaded.extra, ...settings };
      await writeFileAtomic(this.#file, `${JSON.stringify(content, null, 2)}\n`);
      this.#read = Promise.resolve({
        settings,
        problem: null,
        extra: loaded.extra,
        unreadable: false,
      });
      this.#current = settings;
      return { settings, problem: null };
    });
  }

  #load(): Promise<Loaded> {
    this.#read ??= loadFile(this.#file).then((loaded) => {
      this.#current ??= loaded.settings;
      return loaded;
    });
    return this.#read;
  }
}

interface Loaded extends SeatSettingsRead {
  /** Keys this version does not know (a newer version wrote them): kept on save. */
  readonly extra: Readonly<Record<string, unknown>>;
  /** Not JSON at all: set aside before the first save. */
  readonly unreadable: boolean;
}

async function loadFile(file: string): Promise<Loaded> {
  const fresh = { settings: DEFAULT_SEAT_SETTINGS, problem: null, extra: {}, unreadable: false };
  let text: string;
  try {
    if ((await stat(file)).size > MAX_BYTES) return unusable(file, 'is too large to be ours');
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh;
    return unusable(file, 'cannot be read');
  }
  const data = parseJson(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return unusable(file, 'is not a JSON object');
  return byKey(file, data as Record<string, unknown>);
}

/** Each known key on its own: a wrong one falls back to its default, the rest are kept. */
function byKey(file: string, data: Record<string, unknown>): Loaded {
  const settings: Record<string, unknown> = { ...DEFAULT_SEAT_SETTINGS };
  const wrong: string[] = [];
  for (const key of seatSettingKeys) {
    if (!(key in data)) continue;
    const checked = seatSettingsSchema.shape[key].safeParse(data[key]);
    if (checked.success) settings[key] = checked.data;
    else wrong.push(key);
  }
  const extra = Object.fromEntries(
    Object.entries(data).filter(([key]) => !(seatSettingKeys as string[]).includes(key)),
  );
  const problem =
    wrong.length > 0
      ? `${file}: ${wrong.join(', ')}: not a value this version understands; the default is used until you save it again`
      : null;
  return { settings: settings as SeatSettings, problem, extra, unreadable: false };
}

function unusable(file: string, why: string): Loaded {
  return {
    settings: DEFAULT_SEAT_SETTINGS,
    problem: `${file} ${why}: the default settings are used; the file is kept as settings.json.damaged when you next save`,
    extra: {},
    unreadable: true,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
