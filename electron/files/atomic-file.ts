import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The file operations an atomic write is made of; a test swaps one to fail or to stop. */
export interface AtomicSteps {
  rename(from: string, to: string): Promise<void>;
}

export interface AtomicWriteOptions extends Partial<AtomicSteps> {
  /**
   * The mode of the file: by default only the user may read it (0600) — the app's files hold
   * people's phone numbers, secrets' ciphertext, clocks. The config file keeps its own.
   */
  readonly mode?: number;
}

let written = 0;

/**
 * Writes `text` so that `file` is always either the old whole file or the new whole file:
 * written beside it under a name of its own, flushed to disk, then renamed over it (a rename
 * within a folder is atomic on every platform the app runs on), and the folder synced so the
 * rename survives a power cut. A failed write removes its temporary file and leaves `file` as
 * it was. Every file the app keeps in its data folder is written through here.
 */
export async function writeFileAtomic(
  file: string,
  text: string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  // Unique per write: two writes at once must not share (and truncate) one temporary file.
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${++written}.tmp`);
  const steps: AtomicSteps = { rename: options.rename ?? rename };
  try {
    const handle = await open(temporary, 'w', options.mode ?? 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await steps.rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable (POSIX); Windows cannot open a folder, and needs not. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file is whole either way; at worst a power cut brings the old one back.
  }
}

/**
 * At most `limit` bytes of a file: one past a limit is enough to refuse it, and a log file,
 * a disk image or /dev/zero chosen by mistake is never read whole.
 */
export async function readCapped(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Why a file could not be read or written, in words (never its content). */
export function fileFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the folder is read-only';
    default:
      return 'it cannot be read or written';
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
