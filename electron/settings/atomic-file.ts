import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** File mode of a new file (0o600 for the secret store: only this user reads it). */
  readonly mode?: number;
}

/**
 * Writes `text` to `file` so that a crash or a full disk leaves either the old file or the new
 * one, never half of one: written aside, flushed to disk, then renamed over the old file
 * (a rename within one folder is atomic on every OS the app runs on).
 */
export async function writeFileAtomically(
  file: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // A name of its own: two writes of the same file never share a temporary file.
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w', options.mode ?? 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Runs writes one after another, so two saves of one file never interleave their
 * read-modify-write; a failed write does not block the next one.
 */
export class WriteQueue {
  #last: Promise<unknown> = Promise.resolve();

  run<T>(write: () => Promise<T>): Promise<T> {
    const next = this.#last.then(write, write);
    this.#last = next.catch(() => undefined);
    return next;
  }
}
