import type { CDPSession, Page } from '@playwright/test';

/** Chromium's own accounting of a page, through the DevTools protocol. */
export interface PageProbe {
  /** Performance.getMetrics, by name (durations in seconds, counts as counts). */
  metrics(): Promise<Readonly<Record<string, number>>>;
  /** The JS heap in use (bytes) after a full garbage collection. */
  heapAfterGc(): Promise<number>;
  /** Memory.getDOMCounters: documents, nodes and JS event listeners alive now. */
  domCounters(): Promise<DomCounters>;
  detach(): Promise<void>;
}

export interface DomCounters {
  readonly documents: number;
  readonly nodes: number;
  readonly jsEventListeners: number;
}

export async function probePage(page: Page): Promise<PageProbe> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return {
    metrics: async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
    },
    heapAfterGc: async () => {
      // Twice: the first collection's finalizers can free more for the second.
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    },
    domCounters: () => session.send('Memory.getDOMCounters'),
    detach: () => session.detach(),
  };
}
