import path from 'node:path';
import { z } from 'zod';
import { fileFailure, readCapped, writeFileAtomic } from '../files/atomic-file.ts';

/** The war room this app joins at its next start, kept in the app's data folder. */
export const WAR_ROOM_FILE_NAME = 'war-room.json';
/** The keychain's name for the server's password entered with the choice (electron/secrets). */
export const WAR_ROOM_SECRET = 'war-room';
/** `{ "join": URL }` is far below this; a bigger file is not one we wrote. */
const MAX_FILE_BYTES = 8 * 1024;

const fileSchema = z.strictObject({
  /** A postgres:// URL without a password (checked before it is written), or null: not a seat. */
  join: z.string().min(1).max(2_048).nullable(),
});

/**
 * The choice made on the settings page (docs/war-room.md, "Joining from the app"). A missing
 * file is no choice; a damaged one reads as none too — it never keeps the app from starting —
 * and the log says so.
 */
export class RememberedWarRoom {
  readonly #file: string;
  readonly #log: (line: string) => void;

  constructor(dataDir: string, log: (line: string) => void = () => undefined) {
    this.#file = path.join(dataDir, WAR_ROOM_FILE_NAME);
    this.#log = log;
  }

  get file(): string {
    return this.#file;
  }

  /** The URL to join, or null when none was chosen (or the file is damaged). */
  async read(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readCapped(this.#file, MAX_FILE_BYTES + 1);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.#log(`Dijkwacht: ${this.#file} cannot be read (${fileFailure(error)}); no war room`);
      return null;
    }
    const parsed = bytes.length > MAX_FILE_BYTES ? null : fileSchema.safeParse(parseJson(bytes));
    if (!parsed?.success) {
      this.#log(`Dijkwacht: ${this.#file} is damaged; starting as if no war room was chosen`);
      return null;
    }
    return parsed.data.join;
  }

  /** Remembers the URL (null: leave), atomically: a crash leaves the old choice or the new. */
  async write(join: string | null): Promise<void> {
    await writeFileAtomic(this.#file, `${JSON.stringify(fileSchema.parse({ join }), null, 2)}\n`);
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
