import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';

/** The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat2.html §1.3). */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenIntent {
  readonly readOnly: boolean;
  readonly create: boolean;
}

/**
 * Looks at the path before SQLite touches it and refuses what SQLite must not open: a missing
 * file we may not create, anything but a regular file, a file without the SQLite header (a
 * zero-byte file passes: SQLite treats it as a new database). So a foreign file is never
 * opened for writing.
 */
export function inspectStoreFile(file: string, intent: OpenIntent): void {
  const size = fileSize(file);
  if (size === null && !(intent.create && !intent.readOnly)) {
    throw new StoreOpenError(
      file,
      'no timeline here (the file does not exist); the collector creates it on its first start',
    );
  }
  if (size !== null && size > 0 && !startsWithMagic(file)) {
    throw new StoreOpenError(file, 'not a Dijkwacht timeline (not an SQLite database at all)');
  }
}

/** The file's size, or null when there is none; anything but a regular file is refused. */
function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new StoreOpenError(file, 'not a file (a folder or a device)');
    return stats.size;
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    if (errorCode(error) === 'ENOENT') return null;
    throw new StoreOpenError(file, `cannot be read (${errorCode(error) ?? 'unknown error'})`);
  }
}

function startsWithMagic(file: string): boolean {
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    throw new StoreOpenError(file, `cannot be read (${errorCode(error) ?? 'unknown error'})`);
  }
  try {
    const read = readSync(descriptor, head, 0, head.length, 0);
    return read === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(descriptor);
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
