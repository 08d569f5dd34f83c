// The wall benchmark, in Chromium on the built renderer (run `npm run build` first): (a) what
// an update of the wall costs per second-long tick, on the overview and on detail pages with a
// day of charts; (b) whether the page's heap, DOM and listeners stay put over 10,000 updates;
// (c) how long a change in the demo's servers takes to show on the wall, through the real
// collector. Run alone: `node scripts/bench/wall.bench.ts [update-cost|heap|detection]`.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { launchChromium } from './wall/chromium.ts';
import { runDetectionLatency } from './wall/detection-latency.ts';
import { runHeapGrowth } from './wall/heap-growth.ts';
import { runUpdateCost } from './wall/update-cost.ts';

const PARTS = {
  'update-cost': runUpdateCost,
  heap: runHeapGrowth,
  detection: runDetectionLatency,
} as const;

export async function runWallBench(
  parts: readonly (keyof typeof PARTS)[],
  print: (line: string) => void,
): Promise<void> {
  const browser = await launchChromium();
  const took: string[] = [];
  try {
    for (const part of parts) {
      const started = performance.now();
      for (const line of await PARTS[part](browser)) print(line);
      took.push(`${part} ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
  }
  print(
    `wall bench time: ${took.join(', ')} (load average ${loadavg()[0]!.toFixed(1)} at the end)`,
  );
}

if (import.meta.main) {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((part) => !(part in PARTS));
  if (unknown.length > 0) throw new Error(`unknown part(s): ${unknown.join(', ')}`);
  const parts = (asked.length > 0 ? asked : Object.keys(PARTS)) as (keyof typeof PARTS)[];
  await runWallBench(parts, (line) => console.log(line));
}
