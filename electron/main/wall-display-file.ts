import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomic-file.ts';
import { z } from 'zod';

const savedSchema = z.strictObject({ displayId: z.number().int() });

/**
 * The display the wall was last moved to by hand, kept in the app's data folder as
 * wall-display.json so the next start opens the wall there again. A missing, damaged or
 * foreign file means "nothing saved": it never stops the wall from opening.
 */
export class WallDisplayFile {
  readonly #file: string;

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, 'wall-display.json');
  }

  async read(): Promise<number | null> {
    try {
      const parsed = savedSchema.safeParse(JSON.parse(await readFile(this.#file, 'utf8')));
      return parsed.success ? parsed.data.displayId : null;
    } catch {
      return null;
    }
  }

  async write(displayId: number): Promise<void> {
    // A crash mid-write leaves the old file, never half of one.
    await writeFileAtomic(this.#file, JSON.stringify(savedSchema.parse({ displayId })));
  }
}
