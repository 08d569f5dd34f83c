import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openSqliteStore } from './open-sqlite.ts';
import { startAppender, type AppenderRun } from './testing/appender-process.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('concurrent');
});
after(() => folder.remove());

// Enough that both are still writing when the other starts, even on a busy machine.
const EACH = 1_000;
// SQLite lets a waiting writer in only when the lock is free as its busy handler wakes (at most
// every 100 ms); 5 ms between commits keeps each writer going ≥ 1.5 s, so both get turns.
const PAUSE_MS = 5;

/** Every seq a child reported committed, in order. */
function seqsOf(run: AppenderRun): number[] {
  return run.committed.flatMap(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, index) => first + index),
  );
}

describe('two processes appending to one file at once', () => {
  it('number every event once, with no gap, each process getting back its own seqs', async () => {
    const file = folder.file('shared.sqlite');
    const compileCache = folder.file('compile-cache');
    const tags = ['collector', 'cli'];
    const writers = tags.map((tag, index) =>
      startAppender({
        file,
        seed: index + 1,
        tag,
        maxEvents: EACH,
        pauseMs: PAUSE_MS,
        compileCache,
      }),
    );
    await Promise.all(writers.map((writer) => writer.loaded));
    for (const writer of writers) writer.go();
    const runs = await Promise.all(writers.map((writer) => writer.finished));
    for (const run of runs) assert.equal(run.code, 0, run.stderr);

    const [collector = [], cli = []] = runs.map(seqsOf);
    assert.ok(collector[0]! < cli.at(-1)! && cli[0]! < collector.at(-1)!, 'they wrote interleaved');
    const total = collector.length + cli.length;
    const all = [...collector, ...cli].toSorted((a, b) => a - b);
    assert.deepEqual(
      all,
      Array.from({ length: total }, (_, index) => index + 1),
    );

    const store = await openSqliteStore(file, { readOnly: true });
    assert.deepEqual(await store.verify(), { ok: true, events: total });
    const writerOf = new Map(
      (await store.read({})).map((event) => [event.seq, event.summary.split(' ')[0]]),
    );
    assert.ok(collector.every((seq) => writerOf.get(seq) === 'collector'));
    assert.ok(cli.every((seq) => writerOf.get(seq) === 'cli'));
    await store.close();
  });
});
