// `npm run soak`: the demo at high speed for half an hour (or `--minutes N`), with the wall and
// the desk open side by side on the same services, as a war room runs for days. Every 30 s it
// reads both pages' JS heap after a garbage collection, DOM nodes and event listeners, and this
// process's memory (it runs the collector, the timeline and the demo's servers); at the end a
// table, and whether each series' last sixth stayed within 10% of its first (after a minute's
// warm-up), and that neither page logged an error. Not part of CI; `npm run build` first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { testIds } from '../renderer/testids.ts';
import { launchChromium } from './bench/wall/chromium.ts';
import { openApp, seatIn, type RunningApp } from './bench/wall/harness.ts';
import { parseSoakOptions, UsageError, type SoakOptions } from './soak/options.ts';
import { table, verdict, windowsOf } from './soak/report.ts';
import { sampler, type Sample } from './soak/sample.ts';

const WALL_SIZE = { width: 1920, height: 1080 };
const DESK_SIZE = { width: 1600, height: 1000 };

async function soak(options: SoakOptions): Promise<boolean> {
  const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-soak-'));
  const browser = await launchChromium();
  try {
    const wall = await newPage(browser, WALL_SIZE);
    const desk = await newPage(browser, DESK_SIZE);
    const errors = { wall: countErrors(wall), desk: countErrors(desk) };
    const app = await openApp(wall, {
      demoSpeed: options.speed,
      view: 'wall',
      operator: 'Soak',
      seat: seatIn(folder),
    });
    try {
      await app.attach(desk, { view: 'coordinator' });
      const samples = await run(app, wall, desk, options);
      const seconds = options.minutes * 60;
      for (const line of table(samples)) console.log(line);
      const result = verdict(windowsOf(samples, seconds, options.everySeconds), {
        wall: errors.wall(),
        desk: errors.desk(),
      });
      for (const line of result.lines) console.log(line);
      return result.ok;
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}

async function newPage(browser: Browser, viewport: typeof WALL_SIZE): Promise<Page> {
  return (await browser.newContext({ viewport })).newPage();
}

/** Console errors and uncaught errors of a page, counted from now on. */
function countErrors(page: Page): () => number {
  let count = 0;
  page.on('console', (message) => {
    if (message.type() === 'error') count++;
  });
  page.on('pageerror', () => count++);
  return () => count;
}

async function run(app: RunningApp, wall: Page, desk: Page, options: SoakOptions) {
  const ready = `[data-testid="${testIds.app}"][data-state="ready"]`;
  await Promise.all([wall, desk].map((page) => page.locator(ready).waitFor()));
  const reader = await sampler(wall, desk);
  const phase = () => app.simulator?.driver.phase() ?? '';
  const samples: Sample[] = [];
  const end = performance.now() + options.minutes * 60_000;
  console.log(
    `soak: demo at speed ${options.speed} for ${options.minutes} min, a sample every ${options.everySeconds} s`,
  );
  for (let next = performance.now(); ; next += options.everySeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
    const sample = await reader.sample(phase());
    samples.push(sample);
    console.log(`  ${progress(sample)}`);
    if (next + options.everySeconds * 1000 > end + 1) return samples;
  }
}

function progress({ at, phase, series }: Sample): string {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  return `${(at / 60).toFixed(1)} min (${phase}): wall ${mb(series['wall heap'])}, ${series['wall nodes']} nodes; desk ${mb(series['desk heap'])}, ${series['desk nodes']} nodes; collector RSS ${mb(series['collector RSS'])}`;
}

try {
  process.exitCode = (await soak(parseSoakOptions(process.argv.slice(2)))) ? 0 : 1;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
