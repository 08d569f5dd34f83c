import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type AtomicSteps } from '../files/atomic-file.ts';
import { z } from 'zod';
import {
  MAX_CLOCKS,
  privacyClockSchema,
  type PrivacyClock,
} from '../../shared/privacy/clock-schema.ts';

/**
 * The 72-hour privacy clocks, kept in the app's data folder (docs/privacy-clock.md). The
 * timeline records every change as an event, but a note's data holds no structure to rebuild
 * a clock from, so the clocks' state lives here. One file for the seat, with the clocks of
 * each timeline apart (by the store's location): a demo's clocks never show beside a real
 * incident's, and the sequence numbers a clock names are always its own timeline's.
 */

export const PRIVACY_CLOCK_FILE = 'privacy-clocks.json';
/** Far above 200 clocks per timeline for a few timelines; a bigger file is not ours. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const FILE_VERSION = 1;

const fileSchema = z.strictObject({
  version: z.number().int(),
  /** The clocks of each timeline, by the store's location (a file path, or a URL). */
  timelines: z.record(z.string().max(4096), z.array(privacyClockSchema).max(MAX_CLOCKS)),
});
type ClockFileContent = z.infer<typeof fileSchema>;

/** A clock file that cannot be used: named, with what is wrong; it is never overwritten. */
export class PrivacyClockFileError extends Error {
  override readonly name = 'PrivacyClockFileError';
  readonly file: string;
  readonly detail: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.file = file;
    this.detail = detail;
  }
}

export class PrivacyClockFile {
  readonly file: string;
  readonly #timeline: string;
  /** The other timelines' clocks as last read: written back untouched. Undefined: not read. */
  #others: ClockFileContent['timelines'] | undefined;

  readonly #steps: AtomicSteps | undefined;

  /** `steps`: how the write's rename is done (a test makes it fail as a full disk would). */
  constructor(dataDir: string, timeline: string, steps?: AtomicSteps) {
    this.file = path.join(dataDir, PRIVACY_CLOCK_FILE);
    this.#timeline = timeline;
    this.#steps = steps;
  }

  /** This timeline's clocks; none when there is no file yet. Throws PrivacyClockFileError. */
  async read(): Promise<PrivacyClock[]> {
    const content = await this.#readContent();
    const { [this.#timeline]: own = [], ...others } = content.timelines;
    this.#others = others;
    return own;
  }

  /**
   * Replaces this timeline's clocks. Written aside, synced and renamed: a crash at any moment
   * leaves either the old file or the new one, never half of one.
   */
  async write(clocks: readonly PrivacyClock[]): Promise<void> {
    if (this.#others === undefined)
      throw new PrivacyClockFileError(this.file, 'not read yet: it is never written unread');
    const content: ClockFileContent = {
      version: FILE_VERSION,
      timelines: { ...this.#others, [this.#timeline]: [...clocks] },
    };
    await writeFileAtomic(this.file, `${JSON.stringify(content, null, 1)}\n`, this.#steps);
  }

  async #readContent(): Promise<ClockFileContent> {
    let text: string;
    try {
      const handle = await open(this.file, 'r');
      try {
        const { size } = await handle.stat();
        if (size > MAX_FILE_BYTES)
          throw new PrivacyClockFileError(
            this.file,
            `larger than ${MAX_FILE_BYTES} bytes: not a clock file`,
          );
        text = await readFile(handle, 'utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (error instanceof PrivacyClockFileError) throw error;
      if (isCode(error, 'ENOENT')) return { version: FILE_VERSION, timelines: {} };
      throw new PrivacyClockFileError(this.file, `cannot read it: ${reason(error)}`);
    }
    return this.#parse(text);
  }

  #parse(text: string): ClockFileContent {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new PrivacyClockFileError(this.file, `not JSON (${reason(error)}): damaged`);
    }
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > FILE_VERSION)
      throw new PrivacyClockFileError(
        this.file,
        `written by a newer Dijkwacht (version ${version})`,
      );
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success || parsed.data.version !== FILE_VERSION) {
      const issue = parsed.success ? null : parsed.error.issues[0];
      const where = issue ? issue.path.join('.') || 'the file' : 'version';
      const what = issue ? issue.message : `expected version ${FILE_VERSION}`;
      throw new PrivacyClockFileError(this.file, `not a clock file: ${where}: ${what}`);
    }
    return parsed.data;
  }
}

function isCode(error: unknown, code: string): boolean {
  return (error as { code?: unknown } | null)?.code === code;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'no permission';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}
