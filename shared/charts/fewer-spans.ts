import type { Span } from './check-timeline.ts';
import { MinHeap } from './min-heap.ts';

/** A span in the linked list being thinned; `version` tells a heap entry it is out of date. */
interface Node {
  status: Span['status'];
  from: number;
  to: number;
  previous: Node | null;
  next: Node | null;
  removed: boolean;
  version: number;
}

interface Entry {
  readonly node: Node;
  readonly version: number;
}

/**
 * At most `max` spans covering the same time: the shortest span gives its time to its shorter
 * neighbour, again and again, so the long periods keep their exact edges and what vanishes is
 * what a strip could not draw anyway. O(n log n) with a heap; the input has no equal neighbours.
 */
export function fewerSpans(spans: readonly Span[], max: number): Span[] {
  const limit = Math.max(1, Math.floor(max));
  if (spans.length <= limit) return [...spans];
  const nodes = linked(spans);
  const heap = new MinHeap<Entry>();
  for (const node of nodes) heap.push(node.to - node.from, { node, version: 0 });
  let count = nodes.length;
  while (count > limit) {
    const entry = heap.pop();
    if (!entry) break;
    const { node, version } = entry;
    if (node.removed || node.version !== version) continue;
    const heir = shorterNeighbour(node);
    if (!heir) break;
    const side = heir === node.previous ? 'next' : 'previous';
    count -= absorb(heir, node);
    count -= absorbIfSame(heir, side);
    heir.version += 1;
    heap.push(heir.to - heir.from, { node: heir, version: heir.version });
  }
  return nodes
    .filter((node) => !node.removed)
    .map(({ status, from, to }) => ({ status, from, to }));
}

function linked(spans: readonly Span[]): Node[] {
  const nodes: Node[] = spans.map((span) => ({
    ...span,
    previous: null,
    next: null,
    removed: false,
    version: 0,
  }));
  nodes.forEach((node, index) => {
    node.previous = nodes[index - 1] ?? null;
    node.next = nodes[index + 1] ?? null;
  });
  return nodes;
}

function shorterNeighbour(node: Node): Node | null {
  const { previous, next } = node;
  if (!previous || !next) return previous ?? next;
  return next.to - next.from < previous.to - previous.from ? next : previous;
}

/** `heir` takes `node`'s time and place; returns the number of spans removed (1). */
function absorb(heir: Node, node: Node): number {
  if (heir === node.previous) {
    heir.to = node.to;
    heir.next = node.next;
    if (node.next) node.next.previous = heir;
  } else {
    heir.from = node.from;
    heir.previous = node.previous;
    if (node.previous) node.previous.next = heir;
  }
  node.removed = true;
  return 1;
}

/**
 * After absorbing, `heir` may touch a span of its own status on the side it grew towards
 * (down · blip · down): the two become one. Returns the number of spans removed.
 */
function absorbIfSame(heir: Node, side: 'previous' | 'next'): number {
  const other = heir[side];
  if (!other || other.status !== heir.status) return 0;
  return absorb(heir, other);
}
