import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Where an export's bytes go: a file written whole or not at all, or a stream of the caller's. */
export interface ExportSink {
  readonly stream: NodeJS.WritableStream;
  /** Resolves once the stream takes more; a full buffer waits for 'drain'. */
  write(chunk: string): Promise<void>;
  /** Resolves when every byte is written (a file: flushed, closed and in its place). */
  finish(): Promise<void>;
  /** After a failure: a file's partial copy is removed; a caller's stream is left to them. */
  abort(): Promise<void>;
}

export function openSink(out: string | NodeJS.WritableStream): ExportSink {
  return typeof out === 'string' ? fileSink(out) : streamSink(out);
}

/**
 * Writes `file.part` beside the file and renames it when complete, so a failed or cancelled
 * export never leaves a file that looks whole; `flush` syncs it to disk before the rename.
 */
function fileSink(file: string): ExportSink {
  const partial = `${file}.part`;
  const stream = createWriteStream(partial, { flush: true });
  return {
    stream,
    write: (chunk) => write(stream, chunk),
    async finish() {
      stream.end();
      await once(stream, 'close');
      await rename(partial, file);
    },
    async abort() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}

/** A stream the caller owns (stdout, a socket): written to, never ended. */
function streamSink(stream: NodeJS.WritableStream): ExportSink {
  return {
    stream,
    write: (chunk) => write(stream, chunk),
    // Writes complete in order: the callback of an empty one means all before it are done.
    finish: () =>
      new Promise((resolve, reject) =>
        stream.write('', (error) => (error ? reject(error) : resolve())),
      ),
    abort: async () => {},
  };
}

async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain');
}
