import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface RotatingFileOptions {
  /** The log folder (Electron's `app.getPath('logs')`). */
  readonly dir: string;
  /** The current file's name; older ones get `.1`, `.2`, … before the extension. */
  readonly name: string;
  /** A file is rotated before a write would take it past this. */
  readonly maxBytes: number;
  /** How many files are kept in all, the current one included. */
  readonly maxFiles: number;
}

/**
 * A log file that never grows past `maxBytes` × `maxFiles`: when the current file is full it
 * becomes `main.1.log`, the older ones move up one, and the oldest is deleted. Writes are
 * synchronous and appended, so the lines before a crash are on disk and in order; a log line
 * is rare (a change, never a poll), so this costs nothing that matters.
 */
export class RotatingFile {
  readonly #options: RotatingFileOptions;
  #fd: number | null = null;
  #size = 0;

  constructor(options: RotatingFileOptions) {
    this.#options = options;
  }

  /** The current file's full path. */
  get file(): string {
    return this.#path(0);
  }

  /** Appends `text`; rotates first when it would not fit. Throws what the file system throws. */
  append(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    const fd = this.#open();
    if (this.#size > 0 && this.#size + bytes.length > this.#options.maxBytes) {
      this.#rotate();
      return this.append(text);
    }
    writeSync(fd, bytes);
    this.#size += bytes.length;
  }

  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }

  #open(): number {
    if (this.#fd !== null) return this.#fd;
    mkdirSync(this.#options.dir, { recursive: true });
    const fd = openSync(this.file, 'a', 0o600);
    this.#size = statSync(this.file).size;
    this.#fd = fd;
    return fd;
  }

  #rotate(): void {
    this.close();
    const oldest = this.#options.maxFiles - 1;
    rmSync(this.#path(oldest), { force: true });
    for (let index = oldest - 1; index >= 0; index--) {
      try {
        renameSync(this.#path(index), this.#path(index + 1));
      } catch (error) {
        // A gap in the numbering (a file someone deleted) is not a reason to stop logging.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    this.#size = 0;
  }

  /** `main.log`, `main.1.log`, `main.2.log`, … */
  #path(index: number): string {
    const { dir, name } = this.#options;
    if (index === 0) return path.join(dir, name);
    const extension = path.extname(name);
    return path.join(dir, `${path.basename(name, extension)}.${index}${extension}`);
  }
}
