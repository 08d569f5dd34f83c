// (b) Whether the wall keeps what it no longer shows: the page's JS heap after a full garbage
// collection, its DOM nodes and its event listeners after 100 updates and after 10,000. Every
// 100th update a domain turns critical and takes the wall on its detail page (a day of charts)
// for 10 updates, then recovers: pages, charts and lists are mounted and dropped 100 times;
// every 50th update another domain's status changes.
import type { Browser } from '@playwright/test';
import { longTextEvents, longTextSnapshot } from '../../../e2e/fixtures/long-texts.ts';
import { testIds } from '../../../renderer/testids.ts';
import { domainIds } from '../../../shared/playbook/domains.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { probePage, type DomCounters, type PageProbe } from './cdp.ts';
import { dayCharts } from './day-charts.ts';
import { openFixedApp } from './harness.ts';
import { mb, met, thousands } from './stats.ts';
import { BENCH_WALL_SETTINGS, WALL_SIZE } from './update-cost.ts';
import { openingSnapshot, placeBase, runUpdates, type UpdatePlan } from './updates.ts';

const FIRST = 100;
/** By then the JIT has compiled what the updates run; growth after it would be a leak. */
const WARM = 1_000;
const LAST = 10_000;
const BATCH = 100;
const TARGET_GROWTH_BYTES = 5 * 2 ** 20;
const TAKEOVER_EVERY = 100;
const STATUS_EVERY = 50;
/** Marks per domain: a busy day, not the layout test's worst case, so 10,000 updates stay quick. */
const MARKS = 3;

interface Reading {
  readonly heap: number;
  readonly dom: DomCounters;
}

export async function runHeapGrowth(browser: Browser): Promise<string[]> {
  const context = await browser.newContext({ viewport: WALL_SIZE });
  const page = await context.newPage();
  const plan: UpdatePlan = {
    startMs: Date.now(),
    toggled: domainIds.filter((id) => id !== 'helpdesk'),
    everyTile: false,
    statusEvery: STATUS_EVERY,
    // Its first turn ends before update 100: both readings are of the overview, charts loaded.
    alarm: { domain: 'helpdesk', every: TAKEOVER_EVERY, start: 40, hold: 10 },
  };
  const base = busyDay(longTextSnapshot(new Date(plan.startMs)));
  const app = await openFixedApp(page, {
    snapshot: openingSnapshot(base, plan),
    events: longTextEvents(new Date(plan.startMs)),
    charts: dayCharts(plan.startMs).charts,
    appInfo: { wall: BENCH_WALL_SETTINGS },
  });
  try {
    await page.locator(`[data-testid="${testIds.app}"][data-state="ready"]`).waitFor();
    await placeBase(page, base);
    const probe = await probePage(page);
    const started = performance.now();
    let unseen = await runUpdates(page, { plan, from: 0, count: FIRST, frames: 'end' });
    const first = await read(probe);
    let warm: Reading | null = null;
    for (let from = FIRST; from < LAST; from += BATCH) {
      unseen += await runUpdates(page, { plan, from, count: BATCH, frames: 'end' });
      if (from + BATCH === WARM) warm = await read(probe);
    }
    const last = await read(probe);
    const seconds = (performance.now() - started) / 1000;
    if (unseen > 0) throw new Error(`${unseen} of ${LAST} updates were not seen drawn`);
    return report(first, warm ?? first, last, seconds);
  } finally {
    await app.close();
    await context.close();
  }
}

function busyDay(snapshot: Snapshot): Snapshot {
  return {
    ...snapshot,
    domains: snapshot.domains.map((domain) => ({ ...domain, marks: domain.marks.slice(0, MARKS) })),
  };
}

async function read(probe: PageProbe): Promise<Reading> {
  const heap = await probe.heapAfterGc();
  return { heap, dom: await probe.domCounters() };
}

function report(first: Reading, warm: Reading, last: Reading, seconds: number): string[] {
  const growth = last.heap - first.heap;
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${mb(Math.abs(value))}`;
  return [
    `wall JS heap after GC (1920×1080, ${MARKS} long marks a domain, a takeover with charts every ${TAKEOVER_EVERY} updates, a status change every ${STATUS_EVERY}; ${thousands(LAST)} updates in ${seconds.toFixed(0)} s): ${mb(first.heap)} after ${FIRST}, ${mb(last.heap)} after ${thousands(LAST)}, ${signed(growth)} (target ≤ +5 MB): ${met(growth <= TARGET_GROWTH_BYTES)}; ${mb(warm.heap)} after ${thousands(WARM)}, ${signed(last.heap - warm.heap)} from there`,
    `wall DOM after ${FIRST} updates: ${thousands(first.dom.nodes)} nodes, ${thousands(first.dom.jsEventListeners)} event listeners, ${first.dom.documents} documents; after ${thousands(LAST)}: ${thousands(last.dom.nodes)} nodes, ${thousands(last.dom.jsEventListeners)} event listeners, ${last.dom.documents} documents`,
  ];
}
