// The export benchmark: 100,000 events of a long incident (statuses, marks with ticket
// evidence, acknowledgements, informed parties, notes naming people) exported to CSV — plain
// and redacted — and to the PDF report, each into a file as the app writes it. Run alone:
// `node scripts/bench/export.bench.ts`.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runExport, type ExportOptions } from '../../electron/export/run-export.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { openTimelineStore } from '../../electron/timeline/open-store.ts';
import {
  SYNTHETIC_PEOPLE,
  syntheticTimeline,
} from '../../shared/timeline/testing/synthetic-timeline.ts';

const EVENTS = 100_000;
const CSV_TARGET_MS = 1000;
const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');

interface Run {
  readonly ms: number;
  readonly bytes: number;
}

async function exportOnce(
  store: TimelineStore,
  folder: string,
  options: Partial<ExportOptions>,
): Promise<Run> {
  const out = path.join(folder, `bench.${options.format}`);
  const start = performance.now();
  await runExport(store, {
    format: 'csv',
    redact: false,
    from: null,
    to: null,
    domain: null,
    title: 'Benchmark',
    timezone: 'Europe/Amsterdam',
    knownNames: SYNTHETIC_PEOPLE,
    out,
    actor: 'bench',
    ...options,
  });
  const ms = performance.now() - start;
  return { ms, bytes: (await stat(out)).size };
}

/** The median of `rounds` runs (each adds its one export-made event: noise, not a trend). */
async function median(
  store: TimelineStore,
  folder: string,
  rounds: number,
  options: Partial<ExportOptions>,
): Promise<Run> {
  const runs: Run[] = [];
  for (let round = 0; round < rounds; round++) runs.push(await exportOnce(store, folder, options));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(rounds / 2)]!;
}

/** The real SQLite store, as the app and `dijkwacht export` read it. */
async function filledStore(folder: string): Promise<TimelineStore> {
  const store = await openTimelineStore(path.join(folder, 'timeline.sqlite'), { create: true });
  const drafts = syntheticTimeline(EVENTS);
  for (let at = 0; at < drafts.length; at += 5_000)
    await store.append(drafts.slice(at, at + 5_000));
  return store;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function runExportBench(): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-export-bench-'));
  const store = await filledStore(folder);
  try {
    const count = EVENTS.toLocaleString('en');
    const csv = await median(store, folder, 5, { format: 'csv' });
    const redacted = await median(store, folder, 3, { format: 'csv', redact: true });
    const pdf = await exportOnce(store, folder, { format: 'pdf' });
    return [
      `export to CSV (${count} events from the SQLite store, 5,000 a page): median ${csv.ms.toFixed(0)} ms of 5 runs, ${mb(csv.bytes)} (target ≤ ${CSV_TARGET_MS} ms): ${met(csv.ms <= CSV_TARGET_MS)}`,
      `export to CSV redacted (Woo 5.1.2e, names, e-mail addresses, phone numbers): median ${redacted.ms.toFixed(0)} ms of 3 runs, ${mb(redacted.bytes)}`,
      `export to PDF report (${count} events, summary and full log): ${(pdf.ms / 1000).toFixed(1)} s, ${mb(pdf.bytes)}`,
    ];
  } finally {
    await store.close();
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.main) for (const line of await runExportBench()) console.log(line);
