import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { MAX_ALIAS_COUNT } from '../../shared/config/read-yaml.ts';

/**
 * Writes an edit into the user's own text. The yaml package's Document API decides what the
 * edit means; its toString() would also re-space every flow collection of the file
 * (`[mon, tue]` becomes `[ mon, tue ]`) and re-indent comments. So the new part is rendered
 * alone and spliced into the text at the right place, leaving every other byte as the user
 * wrote it — and the spliced text is kept only if it reads back as exactly what the Document
 * API produced; otherwise the Document's own rendering is used.
 */
export function spliceOrRender(
  document: Document,
  splice: () => string | null,
  change: (document: Document) => void,
): string {
  // The splice reads the nodes' places in the text, which the change replaces: first.
  const spliced = safely(splice);
  change(document);
  const expected = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  if (spliced !== null && readsAs(spliced, expected)) return spliced;
  return document.toString({ lineWidth: 0 });
}

/** The text with `entry` as a new last item of the block list `sources` (null if it is not one). */
export function spliceSourceItem(
  text: string,
  sources: Node | null | undefined,
  entry: Readonly<Record<string, unknown>>,
): string | null {
  if (sources === undefined) return appendSourcesKey(text, entry);
  if (!isSeq(sources) || sources.flow || sources.items.length === 0 || !sources.range) return null;
  const last = sources.items.at(-1);
  if (!isNodeWithRange(last)) return null;
  const indent = columnOf(text, sources.range[0]);
  if (indent === null || text[sources.range[0]] !== '-') return null;
  const flow = isMap(last) && last.flow === true;
  const lines = renderLines(entry, flow);
  const item = lines.map(
    (line, index) => `${' '.repeat(indent)}${index === 0 ? '- ' : '  '}${line}`,
  );
  return insertAfterLine(text, last.range[1], item);
}

/**
 * The text with `officeHours: { … }` set inside the block mapping `intake`: its value replaced
 * where it is written, or a line added after intake's last key. Null where that cannot be done
 * by a splice (the Document renders it then).
 */
export function spliceOfficeHours(
  text: string,
  intake: Node | null | undefined,
  hours: { readonly days: readonly string[]; readonly from: string; readonly to: string },
): string | null {
  // As docs/config.md writes it; the values passed the config's schema (days, hh:mm).
  const flowText = `{ days: [${hours.days.join(', ')}], from: "${hours.from}", to: "${hours.to}" }`;
  if (intake === undefined || intake === null) {
    const separator = text === '' || text.endsWith('\n') ? '' : '\n';
    return `${text}${separator}intake:\n  officeHours: ${flowText}\n`;
  }
  if (!isMap(intake) || intake.flow || intake.items.length === 0) return null;
  const pair = intake.items.find((item) => isScalar(item.key) && item.key.value === 'officeHours');
  if (pair && isNodeWithRange(pair.value)) {
    const [start, end] = pair.value.range;
    let valueEnd = end;
    while (valueEnd > start && /\s/.test(text[valueEnd - 1] ?? '')) valueEnd -= 1;
    return `${text.slice(0, start)}${flowText}${text.slice(valueEnd)}`;
  }
  if (pair) return null;
  const firstKey = intake.items[0]?.key;
  const last = intake.items.at(-1)?.value;
  if (!isNodeWithRange(firstKey) || !isNodeWithRange(last)) return null;
  const indent = columnOf(text, firstKey.range[0]);
  if (indent === null) return null;
  return insertAfterLine(text, last.range[1], [`${' '.repeat(indent)}officeHours: ${flowText}`]);
}

/** A file without `sources:` gets one at its end (a file in flow style fails the read-back). */
function appendSourcesKey(text: string, entry: Readonly<Record<string, unknown>>): string {
  const item = renderLines(entry, false).map(
    (line, index) => `${index === 0 ? '  - ' : '    '}${line}`,
  );
  const separator = text === '' || text.endsWith('\n') ? '' : '\n';
  return `${text}${separator}sources:\n${item.join('\n')}\n`;
}

/** The value as YAML lines on its own: a block mapping, or one flow line. */
function renderLines(value: Readonly<Record<string, unknown>>, flow: boolean): string[] {
  const document = new Document(value);
  const node = document.contents as YAMLMap;
  node.flow = flow;
  // Inside a block entry, a secret reference or a list of days reads best on one line.
  for (const pair of node.items) if (isMap(pair.value) || isSeq(pair.value)) pair.value.flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd().split('\n');
}

/** Inserts lines after the line on which `offset` ends, keeping a comment at its end. */
function insertAfterLine(text: string, offset: number, lines: readonly string[]): string {
  let at = offset;
  if (text[at - 1] === '\n') at -= 1;
  const lineEnd = text.indexOf('\n', at);
  const insertAt = lineEnd === -1 ? text.length : lineEnd;
  return `${text.slice(0, insertAt)}\n${lines.join('\n')}${text.slice(insertAt)}${lineEnd === -1 ? '\n' : ''}`;
}

/** The column of `offset` when only spaces precede it on its line, else null. */
function columnOf(text: string, offset: number): number | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^ *$/.test(before) ? before.length : null;
}

function isNodeWithRange(node: unknown): node is Node & { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

function readsAs(text: string, expected: unknown): boolean {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) return false;
  return isDeepStrictEqual(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), expected);
}

function safely(splice: () => string | null): string | null {
  try {
    return splice();
  } catch {
    return null;
  }
}
