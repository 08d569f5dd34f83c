import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomic-file.ts';
import { actorSchema, SYSTEM_ACTOR } from '../../shared/timeline/event.ts';

/**
 * The operator's name, asked once per seat and kept in the app's data folder, so every
 * action this seat records says who did it. A missing or unreadable file means "not asked yet".
 */
export class OperatorFile {
  readonly #file: string;
  #name: string | null | undefined;

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, 'operator.json');
  }

  async get(): Promise<string | null> {
    if (this.#name !== undefined) return this.#name;
    this.#name = await readName(this.#file);
    return this.#name;
  }

  async set(name: string): Promise<string> {
    const checked = actorSchema.parse(name.trim());
    if (checked === SYSTEM_ACTOR)
      throw new Error('"system" is the collector’s name, not a person’s');
    // A crash mid-write leaves the old name, never half a file.
    await writeFileAtomic(this.#file, JSON.stringify({ name: checked }));
    this.#name = checked;
    return checked;
  }
}

async function readName(file: string): Promise<string | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    const name = (parsed as { name?: unknown } | null)?.name;
    return actorSchema.safeParse(name).success && name !== SYSTEM_ACTOR ? (name as string) : null;
  } catch {
    return null;
  }
}
