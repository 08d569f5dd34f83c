// The incident timeline benchmark (SQLite): appending 1,000,000 events in batches; opening that
// store and reading the newest 500; resumeState() on it; single-event commits at
// synchronous=FULL beside a raw write+fsync loop on the same disk; the crash-safety kill test
// at 1,000 iterations. Run alone: `node scripts/bench/timeline.bench.ts`.
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { EventDraft } from '../../shared/timeline/event.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { openTimelineStore } from '../../electron/timeline/open-store.ts';
import { runKillTest } from '../../electron/timeline/sqlite/testing/kill-harness.ts';
import * as sample from '../../electron/timeline/sqlite/testing/sample-drafts.ts';
import { tempFolder, type TempFolder } from '../../electron/timeline/sqlite/testing/temp-folder.ts';

const EVENTS = 1_000_000;
const BATCH = 1000;
const NEWEST = 500;
const TARGET_NEWEST_MS = 100;
const SINGLE_COMMIT_SECONDS = 3;
const KILL_ITERATIONS = Number(process.env.DIJKWACHT_KILL_ITERATIONS ?? 1000);
const DOMAINS: readonly DomainId[] = [
  'helpdesk',
  'ggd-portal',
  'security',
  'privacy',
  'alerting',
  'website',
  'escalation',
];
const SOURCES = ['topdesk', 'statuscake', 'elk', 'alertmanager'];
const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const thousands = (value: number) => Math.round(value).toLocaleString('en');

export async function runTimelineBench(): Promise<string[]> {
  const folder = await tempFolder('timeline-bench');
  try {
    const file = folder.file('million.sqlite');
    const lines = [await appendMillion(file)];
    const store = await openTimelineStore(file);
    try {
      lines.push(
        await newestAfterOpen(file, store),
        await resumeTiming(store),
        await singleCommits(store, folder),
      );
    } finally {
      await store.close();
    }
    lines.push(await killTest(folder));
    return lines;
  } finally {
    await folder.remove();
  }
}

/**
 * One event of a launch weekend, by position: status and health changes, marks raised and
 * mostly cleared 205 events later (one in a thousand stays open), acknowledgements, criteria
 * met and withdrawn, and notes. `index` is the event's seq minus one.
 */
function weekendEvent(index: number): EventDraft {
  const minutes = index / 600; // ten events a second
  const domain = DOMAINS[index % DOMAINS.length]!;
  switch (index % 20) {
    case 0:
      return index % 40 === 0
        ? sample.domainStatusDraft(domain, 'ok', 'warning', minutes)
        : sample.domainStatusDraft(domain, 'warning', 'ok', minutes);
    case 1:
      return sample.sourceHealthDraft(
        SOURCES[Math.floor(index / 20) % SOURCES.length]!,
        'ok',
        'failing',
        minutes,
      );
    case 2:
      return sample.markRaisedDraft(domain, `check:${index}`, minutes);
    case 5:
      return sample.markAcknowledgedDraft(domain, index - 2, 'Anna de Vries', minutes);
    case 7:
      // Clears the mark raised at index - 205 (seq index - 204).
      return index >= 205 && (index - 7) % 20_000 !== 0
        ? sample.markClearedDraft(domain, index - 204, minutes)
        : sample.noteDraft(`Notitie ${index}`, minutes);
    case 9:
      return sample.criterionDraft(
        index % 400 === 9 ? 'criterion-withdrawn' : 'criterion-met',
        domain,
        'SOC belde',
        minutes,
      );
    default:
      return sample.noteDraft(`Bellijn: ${index % 97} wachtenden`, minutes);
  }
}

async function appendMillion(file: string): Promise<string> {
  const store = await openTimelineStore(file, { create: true });
  let appendMs = 0;
  for (let start = 0; start < EVENTS; start += BATCH) {
    const drafts = Array.from({ length: BATCH }, (_, offset) => weekendEvent(start + offset));
    const began = performance.now();
    await store.append(drafts);
    appendMs += performance.now() - began;
  }
  await store.close();
  return `timeline append (${thousands(EVENTS)} events, ${BATCH} per transaction, synchronous=FULL, validated and hash-chained): ${thousands(EVENTS / (appendMs / 1000))} events/s (${(appendMs / 1000).toFixed(1)} s)`;
}

async function newestAfterOpen(file: string, opened: TimelineStore): Promise<string> {
  const began = performance.now();
  const store = await openTimelineStore(file, { readOnly: true });
  const openMs = performance.now() - began;
  const events = await store.read({ order: 'desc', limit: NEWEST });
  const totalMs = performance.now() - began;
  await store.close();
  if (events[0]?.seq !== (await opened.lastSeq()))
    throw new Error('the newest event was not first');
  return `timeline newest ${NEWEST} of ${thousands(EVENTS)} (read-only open + read): ${totalMs.toFixed(1)} ms, of which open ${openMs.toFixed(1)} ms (target ≤ ${TARGET_NEWEST_MS} ms): ${met(totalMs <= TARGET_NEWEST_MS)}`;
}

async function resumeTiming(store: TimelineStore): Promise<string> {
  const samples: number[] = [];
  let openMarks = 0;
  for (let round = 0; round < 5; round++) {
    const began = performance.now();
    openMarks = (await store.resumeState()).openMarks.length;
    samples.push(performance.now() - began);
  }
  const first = samples[0]!;
  const median = samples.toSorted((a, b) => a - b)[2]!;
  return `timeline resumeState on ${thousands(EVENTS)} events (${openMarks} open marks): first ${first.toFixed(1)} ms, median ${median.toFixed(1)} ms of 5`;
}

/** One event per transaction for a few seconds, then the same number of raw write+fsync. */
async function singleCommits(store: TimelineStore, folder: TempFolder): Promise<string> {
  const draft = sample.noteDraft('Eén gebeurtenis per transactie');
  let commits = 0;
  const began = performance.now();
  while (performance.now() - began < SINGLE_COMMIT_SECONDS * 1000) {
    await store.append([draft]);
    commits++;
  }
  const storeRate = commits / ((performance.now() - began) / 1000);
  const fsyncRate = rawFsyncRate(folder.file('raw.log'), commits);
  return `timeline single-event commits (synchronous=FULL): ${thousands(storeRate)} events/s; raw write+fsync of a 400-byte record on the same disk: ${thousands(fsyncRate)}/s; ratio ${(storeRate / fsyncRate).toFixed(2)}`;
}

function rawFsyncRate(file: string, records: number): number {
  const record = Buffer.alloc(400, 'x');
  const descriptor = openSync(file, 'a');
  const began = performance.now();
  for (let index = 0; index < records; index++) {
    writeSync(descriptor, record);
    fsyncSync(descriptor);
  }
  const seconds = (performance.now() - began) / 1000;
  closeSync(descriptor);
  return records / seconds;
}

async function killTest(folder: TempFolder): Promise<string> {
  const summary = await runKillTest({
    iterations: KILL_ITERATIONS,
    lanes: 2,
    folder: folder.path,
    seed: 20260501,
  });
  return `timeline kill test (${summary.iterations} SIGKILLs, 2 children at once): all reopened whole in ${(summary.elapsedMs / 1000).toFixed(1)} s — ${summary.killedOpening} while creating the store (${summary.leftNoSchema} left no schema, the rest all of it), ${summary.killedAppending} while appending; ${thousands(summary.reportedEvents)} events reported committed, all found`;
}

if (import.meta.main) for (const line of await runTimelineBench()) console.log(line);
