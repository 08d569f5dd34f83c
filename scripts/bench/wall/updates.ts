// The wall's updates, one snapshot a second as main sends them, made in the page itself from a
// base snapshot put there once: a 10,000-update run then costs the page's work, not 10,000
// transfers of a long-text snapshot over the DevTools pipe. Each update changes what a tile or
// the detail page on screen draws (the desk acknowledges a domain's marks, or takes that back);
// now and then a domain's status changes too, a new situation for which the wall fetches the
// charts again (WallDisplay's situationOf).
import type { Page } from '@playwright/test';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { DomainSnapshot, Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';

export interface UpdatePlan {
  /** generatedAt of update 0 (ms since the epoch); each next update is a second later. */
  readonly startMs: number;
  /** The domains the updates go round, one per update: its marks acknowledged, or no longer. */
  readonly toggled: readonly DomainId[];
  /** Every toggled domain's acknowledgements change at every update, not only one's. */
  readonly everyTile: boolean;
  /** Every this many updates, the next toggled domain in turn goes warning or ok. */
  readonly statusEvery: number;
  /**
   * A domain critical for `hold` updates from the `start`th of every `every`, turning so while
   * the wall watches: it takes the wall on its detail page, where its acknowledgements then
   * change at every update. Else it is ok.
   */
  readonly alarm: Alarm | null;
}

export interface Alarm {
  readonly domain: DomainId;
  readonly every: number;
  readonly start: number;
  readonly hold: number;
}

/** An alarm that takes the wall at update 0 and keeps it. */
export function heldAlarm(domain: DomainId): Alarm {
  return { domain, every: Number.MAX_SAFE_INTEGER, start: 0, hold: Number.MAX_SAFE_INTEGER };
}

/** The snapshot the page opens on, a second before update 0: the alarm's domain still ok. */
export function openingSnapshot(base: Snapshot, plan: UpdatePlan): Snapshot {
  return {
    ...base,
    generatedAt: new Date(plan.startMs - 1000).toISOString(),
    domains: base.domains.map((domain) =>
      domain.id === plan.alarm?.domain ? { ...domain, status: 'ok' } : domain,
    ),
  };
}

/** Puts the base snapshot in the page, for runUpdates to vary. */
export async function placeBase(page: Page, base: Snapshot): Promise<void> {
  await page.evaluate((snapshot) => {
    (globalThis as unknown as { __wallBenchBase: Snapshot }).__wallBenchBase = snapshot;
  }, base);
}

export interface UpdateRun {
  readonly plan: UpdatePlan;
  readonly from: number;
  readonly count: number;
  /** Wait two frames after each update (so it is laid out and painted), or only at the end. */
  readonly frames: 'each' | 'end';
}

/**
 * Pushes updates `from`…`from + count - 1` as main's `status:changed`, each once the previous
 * one is drawn. Returns how many the page was not seen to draw (expected 0).
 */
export function runUpdates(page: Page, run: UpdateRun): Promise<number> {
  return page.evaluate(updateInPage, run);
}

interface Found {
  querySelector(selector: string): Found | null;
}

/** The page's globals this uses (the Node tsconfig has no DOM lib). */
interface BenchWindow {
  readonly __wallBenchBase: Snapshot;
  __dijkwachtPush(event: 'status:changed', snapshot: Snapshot): void;
  requestAnimationFrame(callback: () => void): number;
  readonly MessageChannel: new () => {
    readonly port1: { onmessage: (() => void) | null; close(): void };
    readonly port2: { postMessage(message: null): void };
  };
  readonly document: Found;
}

/**
 * Runs in the page, so it must be whole: no imports, no helpers from this module. An update is
 * drawn when the page shows what it says: the changed domain's tile, or the alarm's detail
 * page with its chart, its marks acknowledged or not.
 */
async function updateInPage({ plan, from, count, frames }: UpdateRun): Promise<number> {
  const page = globalThis as unknown as BenchWindow;
  const base = page.__wallBenchBase;
  const { toggled, statusEvery, alarm } = plan;
  const at = (index: number) => new Date(plan.startMs + index * 1000).toISOString();
  const acknowledged = (domain: DomainSnapshot, index: number, yes: boolean) => ({
    ...domain,
    marks: domain.marks.map((mark) => ({
      ...mark,
      acknowledged: yes ? { by: 'Anna de Vries', at: at(index), note: null, seq: 1 } : null,
    })),
  });
  const alarmOn = (index: number) =>
    alarm !== null &&
    index % alarm.every >= alarm.start &&
    index % alarm.every < alarm.start + alarm.hold;
  // How often status event k (at update k × statusEvery) has turned the domain at `place`.
  const statusOf = (domain: DomainSnapshot, place: number, index: number): DomainSnapshot => {
    const events = Math.floor(index / statusEvery);
    const turns =
      place === 0
        ? Math.floor(events / toggled.length)
        : events >= place
          ? Math.floor((events - place) / toggled.length) + 1
          : 0;
    if (turns === 0) return domain;
    const last = events - ((((events - place) % toggled.length) + toggled.length) % toggled.length);
    const status = turns % 2 === 1 ? 'warning' : 'ok';
    return { ...domain, status, since: at(last * statusEvery) };
  };
  const ackedAt = (place: number, index: number) => {
    if (plan.everyTile) return (index + place) % 2 === 1;
    const turns = index >= place ? Math.floor((index - place) / toggled.length) + 1 : 0;
    return turns % 2 === 1;
  };
  const domainAt = (domain: DomainSnapshot, index: number): DomainSnapshot => {
    if (alarm?.domain === domain.id) {
      const cycle = index - (index % alarm.every);
      if (alarmOn(index)) {
        const since = at(cycle + alarm.start);
        return acknowledged({ ...domain, status: 'critical', since }, index, index % 2 === 1);
      }
      const over = index % alarm.every >= alarm.start + alarm.hold;
      return {
        ...domain,
        status: 'ok',
        since: at(over ? cycle + alarm.start + alarm.hold : cycle),
      };
    }
    const place = toggled.indexOf(domain.id);
    if (place < 0) return domain;
    return acknowledged(statusOf(domain, place, index), index, ackedAt(place, index));
  };
  const drawn = (index: number) => {
    const onAlarm = alarm !== null && alarmOn(index);
    const domain = onAlarm ? alarm.domain : toggled[index % toggled.length]!;
    const selector = onAlarm
      ? `[data-testid="domain-detail"][data-domain="${domain}"]`
      : `[data-testid="domain-${domain}"]`;
    const acked = onAlarm ? index % 2 === 1 : ackedAt(toggled.indexOf(domain), index);
    const shown = page.document.querySelector(selector);
    if (shown === null || (shown.querySelector('.mark.is-acknowledged') !== null) !== acked)
      return false;
    // A detail page counts once its chart is drawn (recharts' SVG, or the check strips' spans).
    return (
      !onAlarm || shown.querySelector('.detail-chart svg, .detail-chart .check-segment') !== null
    );
  };
  const frame = () => new Promise<void>((resolve) => page.requestAnimationFrame(resolve));
  // react-query tells its observers in a setTimeout(0): one after it sees the update drawn.
  const timeout = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  // A message task between updates keeps setTimeout(0) from nesting into its 4 ms clamp.
  const channel = new page.MessageChannel();
  const task = () =>
    new Promise<void>((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  let unseen = 0;
  for (let index = from; index < from + count; index++) {
    page.__dijkwachtPush('status:changed', {
      ...base,
      generatedAt: at(index),
      domains: base.domains.map((domain) => domainAt(domain, index)),
    });
    let waited = 0;
    while (!drawn(index) && waited++ < 20) await timeout();
    // A page's first chart waits for its code and for main's charts: up to 2 s of frames.
    while (!drawn(index) && waited++ < 140) await frame();
    if (!drawn(index)) unseen++;
    if (frames === 'each') for (let n = 0; n < 2; n++) await frame();
    else await task();
  }
  if (frames === 'end') for (let n = 0; n < 2; n++) await frame();
  channel.port1.close();
  return unseen;
}
