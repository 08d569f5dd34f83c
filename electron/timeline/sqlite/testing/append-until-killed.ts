// The kill test's child: once told "go" on stdin, opens a timeline and appends batches of 1–5
// notes as fast as it can, printing each committed seq range once append() has resolved,
// until it is killed or has written its maximum. Imports only the store, so it starts fast;
// the harness starts it ahead and lets it go when the file is ready for it.
// Usage: node append-until-killed.ts <file> <seed> <tag> [maxEvents] [pauseMs]
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { seededRandom } from '../../../simulator/scenario/random.ts';
import { openSqliteStore } from '../open-sqlite.ts';
import { noteDraft } from './sample-drafts.ts';

const [file = '', seed = '1', tag = 'run', maxEvents = 'Infinity', pauseMs = '0'] =
  process.argv.slice(2);
// A synchronous write: the line has left this process before the next append starts.
const say = (line: string) => writeSync(1, `${line}\n`);

say('loaded');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
say('opening');
const openStarted = performance.now();
const store = await openSqliteStore(file, { create: true });
say(`ready ${await store.lastSeq()} ${(performance.now() - openStarted).toFixed(2)}`);

const random = seededRandom(Number(seed));
for (let written = 0; written < Number(maxEvents);) {
  const size = 1 + Math.floor(random() * 5);
  const drafts = Array.from({ length: size }, (_, index) => noteDraft(`${tag} ${written + index}`));
  const events = await store.append(drafts);
  say(`committed ${events[0]?.seq} ${events.at(-1)?.seq}`);
  written += size;
  // SQLite's busy handler is not fair: a writer that commits back to back can hold the lock
  // until it is done, and a second writer only gets in while the first one pauses.
  if (Number(pauseMs) > 0) await sleep(Number(pauseMs));
}
await store.close();
say('done');
