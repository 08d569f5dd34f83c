import { openSqliteStore } from '../open-sqlite.ts';
import type { AppenderRun } from './appender-process.ts';
import { noteDraft } from './sample-drafts.ts';
import { schemaShape } from './schema-shape.ts';

type Fail = (problem: string) => never;

/** Everything a restarted collector relies on; returns what schema the kill left. */
export async function checkAfterKill(
  file: string,
  run: AppenderRun,
  tag: string,
  where: string,
): Promise<string> {
  const fail: Fail = (problem) => {
    throw new Error(`${where}: ${problem}`);
  };
  const shape = schemaShape(file);
  if (shape !== 'none' && shape !== 'complete') fail(shape);
  if (shape === 'none' && run.committed.length > 0)
    fail('commits were reported but the file has no schema');
  const store = await openSqliteStore(file, { create: true });
  try {
    const report = await store.verify();
    if (!report.ok) fail(`verify: seq ${report.brokenSeq}: ${report.problem}`);
    const last = await store.lastSeq();
    if (report.events !== last) fail(`${report.events} events but the last seq is ${last}`);
    await checkReported(store, run, tag, fail);
    const [restarted] = await store.append([noteDraft('restarted collector')]);
    if (restarted?.seq !== last + 1)
      fail(`the restarted collector got seq ${restarted?.seq}, not ${last + 1}`);
  } finally {
    await store.close();
  }
  return shape;
}

/** Every seq the child reported committed holds one of its own events. */
async function checkReported(
  store: Awaited<ReturnType<typeof openSqliteStore>>,
  run: AppenderRun,
  tag: string,
  fail: Fail,
): Promise<void> {
  const first = run.committed[0]?.[0];
  const last = run.committed.at(-1)?.[1];
  if (first === undefined || last === undefined) return;
  const events = await store.read({ afterSeq: first - 1, limit: last - first + 1 });
  const bySeq = new Map(events.map((event) => [event.seq, event.summary]));
  for (const [from, to] of run.committed) {
    for (let seq = from; seq <= to; seq++) {
      if (!bySeq.get(seq)?.startsWith(`${tag} `))
        fail(`reported seq ${seq} is missing or not the child's`);
    }
  }
}
