import type { CDPSession, Page } from '@playwright/test';

/** Chromium's own accounting of a page, through the DevTools protocol. */
export interface PageProbe {
  /** Performance.getMetrics, by name (durations in seconds, counts as counts). */
  metrics(): Promise<Readonly<Record<string, number>>>;
  /** The JS heap in use (bytes) after a full garbage collection. */
  heapAfterGc(): Promise<number>;
  /**
   * The heap after a full garbage collection, split by a heap snapshot into V8's compiled code
   * and everything else: the code grows for minutes as V8 optimises what runs often, which is
   * not the page holding on to anything.
   */
  heapSplit(): Promise<HeapSplit>;
  /** Memory.getDOMCounters: documents, nodes and JS event listeners alive now. */
  domCounters(): Promise<DomCounters>;
  detach(): Promise<void>;
}

export interface HeapSplit {
  /** Bytes of compiled code (the snapshot's `code` nodes). */
  readonly code: number;
  /** Bytes of everything else: the page's objects, strings, DOM wrappers. */
  readonly objects: number;
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
    heapSplit: async () => {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      const chunks: string[] = [];
      const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
      session.on('HeapProfiler.addHeapSnapshotChunk', collect);
      try {
        await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      } finally {
        session.off('HeapProfiler.addHeapSnapshotChunk', collect);
      }
      return splitSnapshot(JSON.parse(chunks.join('')) as HeapSnapshot);
    },
    domCounters: () => session.send('Memory.getDOMCounters'),
    detach: () => session.detach(),
  };
}

/** The part of the .heapsnapshot format read here: a flat array of nodes, each `fields` long. */
interface HeapSnapshot {
  readonly snapshot: { readonly meta: { node_fields: string[]; node_types: [string[]] } };
  readonly nodes: number[];
}

function splitSnapshot({ snapshot, nodes }: HeapSnapshot): HeapSplit {
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const codeType = snapshot.meta.node_types[0].indexOf('code');
  let code = 0;
  let objects = 0;
  for (let node = 0; node < nodes.length; node += fields.length) {
    const size = nodes[node + sizeAt]!;
    if (nodes[node + typeAt] === codeType) code += size;
    else objects += size;
  }
  return { code, objects };
}
