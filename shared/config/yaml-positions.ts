import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { FilePosition } from './config-issues.ts';

/**
 * Where the value at a path of the document's data is written (1-based line and column), or
 * with `onKey` its key: an unknown key is the key's fault, not its value's.
 */
export type Locate = (path: readonly PropertyKey[], onKey?: boolean) => FilePosition | undefined;

/**
 * The locator of a parsed document: the node at the path, or the nearest one above it when
 * the path goes further than the file (a required key that is missing is reported where its
 * mapping starts).
 */
export function locatorOf(document: Document, lineCounter: LineCounter): Locate {
  return (path, onKey = false) => {
    let node = document.contents;
    if (!node) return undefined;
    for (const [index, key] of path.entries()) {
      const child = childOf(document, node, key, onKey && index === path.length - 1);
      if (!child) break;
      node = child;
    }
    const offset = node.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

function childOf(
  document: Document,
  parent: Node,
  key: PropertyKey,
  onKey: boolean,
): Node | undefined {
  // An alias stands for its anchor's node: the value is written there.
  const node = isAlias(parent) ? parent.resolve(document) : parent;
  if (isSeq(node)) {
    const item = typeof key === 'number' ? node.items[key] : undefined;
    return isNode(item) ? item : undefined;
  }
  if (!isMap(node)) return undefined;
  const pair = node.items.find(
    (item) => isScalar(item.key) && String(item.key.value) === String(key),
  );
  if (!pair) return undefined;
  // `interval:` with nothing after it has an empty value at the line's end: point at the key.
  if (isNode(pair.value) && !isEmpty(pair.value) && !onKey) return pair.value;
  return isNode(pair.key) ? pair.key : undefined;
}

function isEmpty(node: Node): boolean {
  return isScalar(node) && node.range?.[0] === node.range?.[1];
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}
