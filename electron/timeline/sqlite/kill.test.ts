import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runKillTest } from './testing/kill-harness.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

const ITERATIONS = Number(process.env.DIJKWACHT_KILL_ITERATIONS ?? 200);
const SEED = Number(process.env.DIJKWACHT_KILL_SEED ?? Date.now() % 2 ** 31);

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('kill');
});
after(() => folder.remove());

describe('crash safety', () => {
  it(`survives ${ITERATIONS} SIGKILLs of an appending collector, half of them while it creates the store`, async (context) => {
    const summary = await runKillTest({
      iterations: ITERATIONS,
      lanes: 2,
      folder: folder.path,
      seed: SEED,
    });
    context.diagnostic(
      `kill test: ${summary.iterations} iterations in ${(summary.elapsedMs / 1000).toFixed(1)} s (seed ${SEED}): ` +
        `${summary.killedOpening} killed while opening (${summary.leftNoSchema} left no schema, the rest all of it), ` +
        `${summary.killedAppending} while appending; ${summary.reportedEvents} events reported committed, all found`,
    );
    assert.equal(summary.killedOpening + summary.killedAppending, ITERATIONS);
    assert.ok(summary.killedOpening > 0, 'some kills landed while the store was being created');
    assert.ok(summary.reportedEvents > 0, 'the children committed something before being killed');
  });
});
