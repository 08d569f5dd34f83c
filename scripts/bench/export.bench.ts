// The export benchmark: 100,000 events of a long incident (statuses, marks with ticket
// evidence, acknowledgements, informed parties, notes naming people) exported to CSV — plain
// and redacted — and to the PDF report, each into a file as the app writes it. Run alone:
// `node scripts/bench/export.bench.ts`.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runExport, type ExportOptions } from '../../electron/export/run-export.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
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
  store: MemoryTimelineStore,
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

/** The median of `rounds` runs, each on a fresh store so every export reads the same events. */
async function median(
  folder: string,
  rounds: number,
  options: Partial<ExportOptions>,
): Promise<Run> {
  const runs: Run[] = [];
  for (let round = 0; round < rounds; round++)
    runs.push(await exportOnce(await filledStore(), folder, options));
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(rounds / 2)]!;
}

async function filledStore(): Promise<MemoryTimelineStore> {
  const store = new MemoryTimelineStore({ trusted: true });
  await store.append(syntheticTimeline(EVENTS));
  return store;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function runExportBench(): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-export-bench-'));
  try {
    const count = EVENTS.toLocaleString('en');
    const csv = await median(folder, 5, { format: 'csv' });
    const redacted = await median(folder, 3, { format: 'csv', redact: true });
    const pdf = await exportOnce(await filledStore(), folder, { format: 'pdf' });
    return [
      `export to CSV (${count} events, in-memory store, 5,000 a page): median ${csv.ms.toFixed(0)} ms of 5 runs, ${mb(csv.bytes)} (target ≤ ${CSV_TARGET_MS} ms): ${met(csv.ms <= CSV_TARGET_MS)}`,
      `export to CSV redacted (Woo 5.1.2e, names, e-mail addresses, phone numbers): median ${redacted.ms.toFixed(0)} ms of 3 runs, ${mb(redacted.bytes)}`,
      `export to PDF report (${count} events, summary and full log): ${(pdf.ms / 1000).toFixed(1)} s, ${mb(pdf.bytes)}`,
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.main) for (const line of await runExportBench()) console.log(line);
