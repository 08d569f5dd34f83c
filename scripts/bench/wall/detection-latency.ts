// (c) How long a change in the demo's servers takes to show: a StatusCake check going down, a
// TOPdesk P1 coming in, an Alertmanager SOC alert firing, each followed from the moment the
// server has it to the frame that draws the domain critical — through the real clients, the
// real collector polling every POLL_MS, main's push and the renderer — on the wall (its tile or
// the detail page that takes the screen) and on the desk beside it. After each, the change is
// undone and every domain must be ok again before the next.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { testIds } from '../../../renderer/testids.ts';
import { DEMO_ENV, demoConfigText } from '../../../electron/simulator/demo-config.ts';
import { startDemoWorld, type DemoWorld } from '../../../electron/simulator/demo-world.ts';
import { launchWeekend } from '../../../electron/simulator/scenario/launch-weekend.ts';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import { openApp, seatIn } from './harness.ts';
import { met, percentile } from './stats.ts';
import { WALL_SIZE } from './update-cost.ts';

const POLL_MS = 2_000;
/**
 * The playbook's durations divided by 120, as the demo scales them: check-down's `for` and
 * every clearAfter become a second, so a change is undone within seconds. Nothing here waits
 * on one: the check has been down for minutes, a P1 or an alert counts at once.
 */
const SPEED = 120;
/** Enough that p95 is not simply the slowest one. */
const CHANGES = 21;
const TARGET_MS = POLL_MS + 500;
const SETTLE_MS = 30_000;
const WEBSITE_CHECK = launchWeekend.checks.find((check) => check.tags.includes('website'))!.id;

interface Change {
  readonly domain: DomainId;
  readonly what: string;
  /** Makes the change on the server; returns what undoes it. */
  make(world: DemoWorld, index: number): () => void;
}

const KINDS: readonly Change[] = [
  {
    domain: 'website',
    what: 'StatusCake check down',
    make(world) {
      world.statuscake.dataset.setDown(WEBSITE_CHECK, Date.now() - 3 * 60_000);
      return () => world.statuscake.dataset.setUp(WEBSITE_CHECK);
    },
  },
  {
    domain: 'escalation',
    what: 'TOPdesk P1',
    make(world, index) {
      const { id } = world.topdesk.incidents.add({
        number: `I 2611 ${900 + index}`,
        briefDescription: 'App crasht bij openen na update',
        category: 'App',
        subcategory: 'Crash',
        priority: 'P1 - Kritiek',
        operatorGroup: 'Bouwteam',
        callDate: new Date(),
      });
      return () => world.topdesk.incidents.close(id);
    },
  },
  {
    domain: 'security',
    what: 'Alertmanager SOC alert',
    make(world, index) {
      const alertname = `SOCBench${index}`;
      world.alertmanager.fire({
        labels: { alertname, domain: 'security', source: 'soc', severity: 'critical' },
        annotations: { summary: 'SOC meldt verdacht verkeer op de API' },
      });
      return () => void world.alertmanager.resolve({ alertname });
    },
  },
];

export async function runDetectionLatency(browser: Browser): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-wall-bench-'));
  const world = await startDemoWorld();
  for (const check of launchWeekend.checks) world.statuscake.dataset.addCheck(check);
  Object.assign(process.env, DEMO_ENV);
  const configFile = path.join(folder, 'dijkwacht.yaml');
  await writeFile(configFile, demoConfigText(world.endpoints, SPEED, POLL_MS));
  const context = await browser.newContext({ viewport: WALL_SIZE });
  const wall = await context.newPage();
  const desk = await context.newPage();
  const app = await openApp(wall, {
    configFile,
    view: 'wall',
    operator: 'Bench',
    seat: seatIn(folder),
  });
  try {
    await app.attach(desk, { view: 'coordinator' });
    const latencies = await measure(world, wall, desk);
    return report(latencies);
  } finally {
    await app.close();
    await context.close();
    await world.close();
    await rm(folder, { recursive: true, force: true });
  }
}

interface Latencies {
  readonly wall: number[];
  readonly desk: number[];
}

async function measure(world: DemoWorld, wall: Page, desk: Page): Promise<Latencies> {
  const latencies: Latencies = { wall: [], desk: [] };
  for (let index = 0; index < CHANGES; index++) {
    const change = KINDS[index % KINDS.length]!;
    // Every domain back to ok: a domain still critical would hold the wall, and the new alarm
    // would wait its turn there (rotation.ts) — a wait, not a detection delay.
    for (const page of [wall, desk])
      for (const kind of KINDS) await shownAs(page, kind.domain, 'ok');
    // A random moment in the poll cycle, as a real change would come.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * POLL_MS));
    await Promise.all([wall, desk].map((page) => page.evaluate(watchInPage, change.domain)));
    const madeAt = Date.now();
    const undo = change.make(world, index);
    const [onWall, onDesk] = await Promise.all([wall, desk].map(seenAt));
    latencies.wall.push(onWall! - madeAt);
    latencies.desk.push(onDesk! - madeAt);
    undo();
  }
  return latencies;
}

/** The domain's tile, or on the wall the detail page its alarm put there, in that status. */
function shownSelector(domain: DomainId, status: string): string {
  return [
    `[data-testid="${testIds.domainTile(domain)}"][data-status="${status}"]`,
    `[data-testid="${testIds.detailPage}"][data-domain="${domain}"][data-status="${status}"]`,
  ].join(', ');
}

async function shownAs(page: Page, domain: DomainId, status: string): Promise<void> {
  await page.locator(shownSelector(domain, status)).first().waitFor({ timeout: SETTLE_MS });
}

async function seenAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (globalThis as unknown as WatchWindow).__benchSeenAt,
    undefined,
    { timeout: SETTLE_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** The page's globals the watcher uses (the Node tsconfig has no DOM lib). */
interface WatchWindow {
  __benchSeenAt: number | null;
  requestAnimationFrame(callback: () => void): number;
  readonly document: { readonly body: unknown; querySelector(selector: string): unknown };
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
}

/**
 * Runs in the page, so it must be whole. Notes the time (Date.now(), the same clock as the
 * benchmark's) of the first frame that draws the domain critical.
 */
function watchInPage(domain: string): void {
  const page = globalThis as unknown as WatchWindow;
  const selector = [
    `[data-testid="domain-${domain}"][data-status="critical"]`,
    `[data-testid="domain-detail"][data-domain="${domain}"][data-status="critical"]`,
  ].join(', ');
  page.__benchSeenAt = null;
  const observer = new page.MutationObserver(() => {
    if (!page.document.querySelector(selector)) return;
    observer.disconnect();
    page.requestAnimationFrame(() => (page.__benchSeenAt = Date.now()));
  });
  observer.observe(page.document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status'],
  });
}

function report({ wall, desk }: Latencies): string[] {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const p95 = Math.max(percentile(wall, 0.95), percentile(desk, 0.95));
  const kinds = KINDS.map((kind) => kind.what).join(', ');
  return [
    `detection latency (${kinds} in turn, ${CHANGES} changes; real collector polling every ${seconds(POLL_MS)}; server change → frame drawing the domain critical): wall p50 ${seconds(percentile(wall, 0.5))}, p95 ${seconds(percentile(wall, 0.95))}, max ${seconds(Math.max(...wall))}; desk p50 ${seconds(percentile(desk, 0.5))}, p95 ${seconds(percentile(desk, 0.95))} (target p95 ≤ poll interval + 0.5 s = ${seconds(TARGET_MS)}): ${met(p95 <= TARGET_MS)}`,
  ];
}
