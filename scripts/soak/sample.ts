import type { Page } from '@playwright/test';
import { probePage, type PageProbe } from '../bench/wall/cdp.ts';

/** One reading of both pages and of this process, which runs the services. */
export interface Sample {
  /** Seconds since the first sample. */
  readonly at: number;
  /** The demo story's phase then. */
  readonly phase: string;
  readonly series: Readonly<Record<SeriesName, number>>;
}

export const SERIES = [
  'wall heap',
  'desk heap',
  'wall objects',
  'desk objects',
  'wall code',
  'desk code',
  'wall nodes',
  'desk nodes',
  'wall listeners',
  'desk listeners',
  'collector RSS',
  'collector heap',
] as const;
export type SeriesName = (typeof SERIES)[number];

/**
 * Shown, not judged: how much of the heap is V8's compiled code, and the heap with it. The
 * code grows for many minutes as V8 optimises what runs often, and levels off; the page's own
 * objects (the `objects` series) are what must stay flat.
 */
export const NOT_JUDGED: ReadonlySet<SeriesName> = new Set([
  'wall heap',
  'desk heap',
  'wall code',
  'desk code',
]);

/** Sizes in bytes, the rest counts. */
export const IN_BYTES: ReadonlySet<SeriesName> = new Set([
  'wall heap',
  'desk heap',
  'wall objects',
  'desk objects',
  'wall code',
  'desk code',
  'collector RSS',
  'collector heap',
]);

export interface Sampler {
  sample(phase: string): Promise<Sample>;
}

export async function sampler(wall: Page, desk: Page): Promise<Sampler> {
  const probes: readonly [PageProbe, PageProbe] = [await probePage(wall), await probePage(desk)];
  const started = performance.now();
  return {
    async sample(phase) {
      const [wallProbe, deskProbe] = probes;
      const [wallHeap, deskHeap] = [await wallProbe.heapAfterGc(), await deskProbe.heapAfterGc()];
      const [wallSplit, deskSplit] = [await wallProbe.heapSplit(), await deskProbe.heapSplit()];
      const [wallDom, deskDom] = [await wallProbe.domCounters(), await deskProbe.domCounters()];
      // With --expose-gc (npm run soak) the process heap is read after a collection too.
      (globalThis as { gc?: () => void }).gc?.();
      const memory = process.memoryUsage();
      return {
        at: (performance.now() - started) / 1000,
        phase,
        series: {
          'wall heap': wallHeap,
          'desk heap': deskHeap,
          'wall objects': wallSplit.objects,
          'desk objects': deskSplit.objects,
          'wall code': wallSplit.code,
          'desk code': deskSplit.code,
          'wall nodes': wallDom.nodes,
          'desk nodes': deskDom.nodes,
          'wall listeners': wallDom.jsEventListeners,
          'desk listeners': deskDom.jsEventListeners,
          'collector RSS': memory.rss,
          'collector heap': memory.heapUsed,
        },
      };
    },
  };
}
