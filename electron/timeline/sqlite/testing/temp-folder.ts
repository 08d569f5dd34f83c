import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface TempFolder {
  readonly path: string;
  /** A file name inside the folder. */
  file(name: string): string;
  remove(): Promise<void>;
}

/** A fresh folder under the OS temp dir for real SQLite files; remove() deletes it whole. */
export async function tempFolder(prefix: string): Promise<TempFolder> {
  const folder = await mkdtemp(path.join(os.tmpdir(), `dijkwacht-${prefix}-`));
  return {
    path: folder,
    file: (name) => path.join(folder, name),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}
