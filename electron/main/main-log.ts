import { format } from 'node:util';
import type { Clock } from '../time/clock.ts';
import { LogScrubber } from './log-scrubber.ts';
import { RotatingFile } from './rotating-file.ts';

/** Five files of 1 MB: days of a launch weekend's changes, small enough to attach to a review. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_MAX_FILES = 5;
export const LOG_FILE_NAME = 'main.log';
/** A runaway message (a whole HTML page in an error) is cut here. */
const MAX_LINE_CHARS = 8_000;

export interface MainLogOptions {
  /** Electron's `app.getPath('logs')`. */
  readonly dir: string;
  readonly clock: Clock;
  /** Where each line also goes, scrubbed too (the terminal in development; stderr). */
  readonly echo?: (line: string) => void;
  readonly maxBytes?: number;
  readonly maxFiles?: number;
}

/**
 * The main process's log (docs/desktop.md, "Logs"): every line scrubbed of secrets, stamped
 * with the ISO time, appended to a size-rotated file in the OS's log folder and echoed to
 * stderr. A log that cannot be written says so once on stderr and never stops the app.
 */
export class MainLog {
  readonly scrubber = new LogScrubber();
  readonly #file: RotatingFile;
  readonly #options: MainLogOptions;
  #failed = false;

  constructor(options: MainLogOptions) {
    this.#options = options;
    this.#file = new RotatingFile({
      dir: options.dir,
      name: LOG_FILE_NAME,
      maxBytes: options.maxBytes ?? LOG_MAX_BYTES,
      maxFiles: options.maxFiles ?? LOG_MAX_FILES,
    });
  }

  /** The current log file. */
  get file(): string {
    return this.#file.file;
  }

  /** Writes one line (continuation lines of a multi-line message are indented). */
  line = (text: string): void => {
    const clean = this.scrubber.text(clip(text));
    this.#options.echo?.(clean);
    const stamped = `${new Date(this.#options.clock.now()).toISOString()} ${clean.replaceAll('\n', '\n    ')}\n`;
    if (this.#failed) return;
    try {
      this.#file.append(stamped);
    } catch (error) {
      this.#failed = true;
      this.#options.echo?.(`Dijkwacht: cannot write the log ${this.file}: ${String(error)}`);
    }
  };

  close(): void {
    this.#file.close();
  }
}

function clip(text: string): string {
  return text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)} …(cut)` : text;
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE_METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/**
 * Sends what main's code writes with console.* (the timeline keeper's and the alerts' default
 * loggers, a library's warning) through `line` as well, so it too is scrubbed and kept.
 * Returns the function that puts console back.
 */
export function routeConsole(
  target: Pick<Console, ConsoleMethod>,
  line: (text: string) => void,
): () => void {
  const originals = CONSOLE_METHODS.map((method) => [method, target[method]] as const);
  for (const method of CONSOLE_METHODS)
    target[method] = (...args: unknown[]) => line(format(...args));
  return () => {
    for (const [method, original] of originals) target[method] = original;
  };
}
