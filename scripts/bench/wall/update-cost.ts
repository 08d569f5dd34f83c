// (a) What one update of the wall costs Chromium's main thread: the script (React and the
// renderer's own code), style recalculation and layout between the push and the second frame
// after it, from the DevTools protocol's Performance.getMetrics (Chromium counts a layout that
// a script forces as layout, not script). Paint and raster are left out: the compositor and
// raster threads do most of them. Each stage is a page of its own at 1920×1080.
import { availableParallelism, loadavg } from 'node:os';
import type { Browser, Page } from '@playwright/test';
import { longTextEvents, longTextSnapshot } from '../../../e2e/fixtures/long-texts.ts';
import { testIds } from '../../../renderer/testids.ts';
import { DEFAULT_WALL_SETTINGS } from '../../../shared/ipc/contract.ts';
import { domainIds, type DomainId } from '../../../shared/playbook/domains.ts';
import { probePage, type PageProbe } from './cdp.ts';
import { dayCharts } from './day-charts.ts';
import { openFixedApp } from './harness.ts';
import { met, percentile } from './stats.ts';
import { heldAlarm, openingSnapshot, placeBase, runUpdates, type UpdatePlan } from './updates.ts';

export const WALL_SIZE = { width: 1920, height: 1080 } as const;
const WARM_UP = 20;
const UPDATES = 200;
const TARGET_P95_MS = 16;
/** Long enough that an alarm keeps the wall for the whole run. */
export const BENCH_WALL_SETTINGS = { ...DEFAULT_WALL_SETTINGS, alarmHoldMs: 86_400_000 };

interface Stage {
  readonly label: string;
  readonly plan: (startMs: number) => UpdatePlan;
}

const others = (domain: DomainId | null) => domainIds.filter((id) => id !== domain);
/**
 * A status changes every 30 s: a very busy hour. Each change fetches the charts again, as the
 * wall's own refresh does every 30 s (CHARTS_REFRESH_MS), so a detail page draws new charts
 * about once per 30 updates; those updates are also shown on their own.
 */
const STATUS_EVERY = 30;
const overview = (everyTile: boolean) => (startMs: number) => ({
  startMs,
  toggled: others(null),
  everyTile,
  statusEvery: STATUS_EVERY,
  alarm: null,
});
const detail = (domain: DomainId) => (startMs: number) => ({
  startMs,
  toggled: others(domain),
  everyTile: false,
  statusEvery: STATUS_EVERY,
  alarm: heldAlarm(domain),
});

const STAGES: readonly Stage[] = [
  { label: 'overview, one tile changes', plan: overview(false) },
  { label: 'overview, all seven tiles change', plan: overview(true) },
  { label: 'Helpdesk detail page (8 series)', plan: detail('helpdesk') },
  { label: 'Alerting detail page (query chart)', plan: detail('alerting') },
  { label: 'Website detail page (6 check strips)', plan: detail('website') },
];

export async function runUpdateCost(browser: Browser): Promise<string[]> {
  const { charts, pointsBefore, pointsAfter } = dayCharts(Date.now());
  const machine = `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the start`;
  const lines = [
    `wall update cost (${machine}): 1920×1080, seven tiles of long texts (12 marks each), detail-page charts of ${pointsBefore.toLocaleString('en')} points per series before LTTB and at most ${pointsAfter} after; each update the desk acknowledges a domain's marks or takes that back, every ${STATUS_EVERY}th a status changes too (and the wall fetches the charts again, as it does every 30 s: on a detail page the slowest updates, p99 and max, are the ones that draw them); script + style + layout per update (CDP Performance.getMetrics), ${UPDATES} updates after ${WARM_UP} to warm up:`,
  ];
  for (const stage of STAGES) {
    const context = await browser.newContext({ viewport: WALL_SIZE });
    const page = await context.newPage();
    const plan = stage.plan(Date.now());
    const base = longTextSnapshot(new Date(plan.startMs));
    const app = await openFixedApp(page, {
      snapshot: openingSnapshot(base, plan),
      events: longTextEvents(new Date(plan.startMs)),
      charts,
      appInfo: { wall: BENCH_WALL_SETTINGS },
    });
    try {
      await page.locator(`[data-testid="${testIds.app}"][data-state="ready"]`).waitFor();
      await placeBase(page, base);
      lines.push(costLine(stage.label, await measure(page, await probePage(page), plan, stage)));
    } finally {
      await app.close();
      await context.close();
    }
  }
  return lines;
}

interface Cost {
  readonly total: number;
  readonly script: number;
  readonly layout: number;
  /** The main thread's CPU time: what other processes on the machine do not stretch. */
  readonly cpu: number;
}

async function measure(page: Page, probe: PageProbe, plan: UpdatePlan, stage: Stage) {
  const costs: Cost[] = [];
  let unseen = 0;
  for (let index = 0; index < WARM_UP + UPDATES; index++) {
    const before = await probe.metrics();
    unseen += await runUpdates(page, { plan, from: index, count: 1, frames: 'each' });
    const after = await probe.metrics();
    if (index === 0) await expectPage(page, plan);
    if (index < WARM_UP) continue;
    const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    const script = delta('ScriptDuration');
    const layout = delta('LayoutDuration') + delta('RecalcStyleDuration');
    costs.push({ total: script + layout, script, layout, cpu: delta('ThreadTime') });
  }
  if (unseen > 0) throw new Error(`${stage.label}: ${unseen} updates were not seen drawn`);
  return costs;
}

/** The stage shows what it claims: the seven tiles, or the alarm's detail page with its chart. */
async function expectPage(page: Page, plan: UpdatePlan): Promise<void> {
  if (plan.alarm === null) {
    for (const id of domainIds) await page.getByTestId(testIds.domainTile(id)).waitFor();
    return;
  }
  const detail = page.locator(
    `[data-testid="${testIds.detailPage}"][data-domain="${plan.alarm.domain}"]`,
  );
  // Recharts draws SVG; the check strips are spans.
  const drawn = detail.getByTestId(testIds.detailChart).locator('svg, .check-segment');
  await drawn.first().waitFor();
}

function costLine(label: string, costs: readonly Cost[]): string {
  const at = (pick: (cost: Cost) => number, share: number) => percentile(costs.map(pick), share);
  const ms = (pick: (cost: Cost) => number, share: number) => `${at(pick, share).toFixed(1)} ms`;
  const p95 = at((cost) => cost.total, 0.95);
  const parts = [
    `script p95 ${ms((c) => c.script, 0.95)}`,
    `style + layout p95 ${ms((c) => c.layout, 0.95)}`,
    `main-thread CPU p50 ${ms((c) => c.cpu, 0.5)}`,
  ];
  // The slowest 1 in STATUS_EVERY: where a detail page draws its new charts (p99 and max).
  const slowest = `p99 ${ms((c) => c.total, 0.99)}, max ${Math.max(...costs.map((c) => c.total)).toFixed(1)} ms`;
  return `  ${label}: p50 ${ms((c) => c.total, 0.5)}, p95 ${p95.toFixed(1)} ms, ${slowest} (${parts.join(', ')}; target p95 ≤ ${TARGET_P95_MS} ms): ${met(p95 <= TARGET_P95_MS)}`;
}
