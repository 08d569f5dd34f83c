import { rmSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../../simulator/scenario/random.ts';
import { checkAfterKill } from './after-kill.ts';
import { startAppender, type AppenderRun } from './appender-process.ts';

/**
 * The crash-safety kill test, shared by kill.test.ts and the bench: a child appends as fast
 * as it can and is SIGKILLed at a random moment — half the time while it creates a new store
 * (migration included), otherwise 0–150 ms into appending to an existing one. After each
 * kill the store must reopen whole: no schema or all of it, SQLite's integrity check and the
 * hash chain pass, seq runs 1..n, every seq the child reported is there, and the restarted
 * collector's next event is n+1. Any violation throws, naming the iteration.
 */

export interface KillTestOptions {
  readonly iterations: number;
  /** Children at once, each on its own file. */
  readonly lanes: number;
  readonly folder: string;
  readonly seed: number;
}

export interface KillTestSummary {
  readonly iterations: number;
  /** Kills that landed before the child had opened the store (file, WAL, migration). */
  readonly killedOpening: number;
  readonly killedAppending: number;
  /** Of the kills while opening a new file, those that left no schema (the rest left all). */
  readonly leftNoSchema: number;
  /** Events the children reported committed; each was found after the kill. */
  readonly reportedEvents: number;
  readonly elapsedMs: number;
}

const APPEND_KILL_WINDOW_MS = 150;

interface Context {
  readonly options: KillTestOptions;
  readonly random: () => number;
  readonly compileCache: string;
  /** A running mean of how long opening a new store takes: the window to kill it in. */
  readonly open: { meanMs: number; samples: number };
  readonly tally: {
    killedOpening: number;
    killedAppending: number;
    leftNoSchema: number;
    reportedEvents: number;
  };
}

export async function runKillTest(options: KillTestOptions): Promise<KillTestSummary> {
  const started = performance.now();
  const context: Context = {
    options,
    random: seededRandom(options.seed),
    compileCache: path.join(options.folder, 'compile-cache'),
    open: { meanMs: 10, samples: 0 },
    tally: { killedOpening: 0, killedAppending: 0, leftNoSchema: 0, reportedEvents: 0 },
  };
  await warmCompileCache(context);
  const lanes = Array.from({ length: options.lanes }, (_, lane) => lane);
  const share = (lane: number) => Math.floor((options.iterations + lane) / options.lanes);
  await Promise.all(lanes.map((lane) => runLane(context, lane, share(lane))));
  return {
    iterations: options.iterations,
    ...context.tally,
    elapsedMs: performance.now() - started,
  };
}

async function runLane(context: Context, lane: number, iterations: number): Promise<void> {
  const file = path.join(context.options.folder, `lane-${lane}.sqlite`);
  const tagOf = (iteration: number) => `lane${lane}-iteration${iteration}`;
  let next = iterations > 0 ? standbyChild(context, file, tagOf(0)) : null;
  try {
    for (let iteration = 0; next !== null; iteration++) {
      const fresh = context.random() < 0.5;
      if (fresh) removeStore(file);
      const running = next.run(fresh);
      // The next child loads its modules while this one runs, off the critical path.
      next = iteration + 1 < iterations ? standbyChild(context, file, tagOf(iteration + 1)) : null;
      const run = await running;
      const where = `kill test ${tagOf(iteration)} (${fresh ? 'new file' : 'existing file'}, seed ${context.options.seed})`;
      const shape = await checkAfterKill(file, run, tagOf(iteration), where);
      count(context, run, fresh && shape === 'none');
    }
  } finally {
    next?.discard();
  }
}

/**
 * Node writes its compile cache when a process exits, which a killed child never does: one
 * child that ends by itself fills it, so the others start from compiled code.
 */
async function warmCompileCache(context: Context): Promise<void> {
  const file = path.join(context.options.folder, 'warm-up.sqlite');
  const child = startAppender({
    file,
    seed: 1,
    tag: 'warm-up',
    maxEvents: 0,
    compileCache: context.compileCache,
  });
  child.go();
  const run = await child.finished;
  if (run.code !== 0) throw new Error(`kill test: the warm-up child failed: ${run.stderr}`);
  removeStore(file);
}

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * A child started ahead, waiting for go. run() lets it go and kills it at a random moment:
 * within the time opening a new store takes, or 0–150 ms into appending.
 */
function standbyChild(context: Context, file: string, tag: string) {
  let plan = { fresh: false, delayMs: 0 };
  let timer: NodeJS.Timeout | undefined;
  const killLater = () => void (timer = setTimeout(() => appender.kill(), plan.delayMs));
  const appender = startAppender({
    file,
    seed: Math.floor(context.random() * 2 ** 31),
    tag,
    compileCache: context.compileCache,
    onOpening: () => plan.fresh && killLater(),
    onReady: (openMs) => (plan.fresh ? observeOpen(context, openMs) : killLater()),
  });
  return {
    async run(fresh: boolean): Promise<AppenderRun> {
      plan = {
        fresh,
        delayMs: context.random() * (fresh ? context.open.meanMs : APPEND_KILL_WINDOW_MS),
      };
      appender.go();
      const run = await appender.finished;
      clearTimeout(timer);
      if (run.signal !== 'SIGKILL') {
        throw new Error(
          `kill test ${tag}: the child ended by itself (code ${run.code}): ${run.stderr}`,
        );
      }
      return run;
    },
    discard: () => appender.kill(),
  };
}

function observeOpen(context: Context, openMs: number): void {
  const open = context.open;
  open.samples++;
  open.meanMs += (openMs - open.meanMs) / open.samples;
}

function count(context: Context, run: AppenderRun, leftNoSchema: boolean): void {
  const tally = context.tally;
  if (run.readySeen) tally.killedAppending++;
  else tally.killedOpening++;
  if (leftNoSchema) tally.leftNoSchema++;
  tally.reportedEvents += run.committed.reduce((sum, [first, last]) => sum + last - first + 1, 0);
}
