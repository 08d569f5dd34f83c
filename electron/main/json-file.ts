import { readFile, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-file.ts';
import type { z } from 'zod';

/** The app's own small state files never grow past this; a bigger one is not ours. */
const MAX_STATE_FILE_BYTES = 64 * 1024;

/**
 * A small JSON file the app keeps in its data folder, read through a schema. A missing,
 * oversized, damaged or foreign file reads as null ("nothing saved"): a state file never
 * stops the app from starting.
 */
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    if ((await stat(file)).size > MAX_STATE_FILE_BYTES) return null;
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the value (checked by the schema first) aside and renames it: never half a file. */
export async function writeJsonFile<T>(
  file: string,
  schema: z.ZodType<T>,
  value: T,
): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(schema.parse(value), null, 2)}\n`);
}
