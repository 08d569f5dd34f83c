import { realpath, stat } from 'node:fs/promises';
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { MAX_ALIAS_COUNT } from '../../shared/config/read-yaml.ts';
import { readText } from '../config/load-config.ts';
import { WriteQueue, writeFileAtomic } from '../files/atomic-file.ts';
import { spliceOfficeHours, spliceOrRender, spliceSourceItem } from './config-splice.ts';

/**
 * The config file as the settings page edits it. The yaml package's Document says what an
 * edit means; the new part is spliced into the user's own text (config-splice.ts), so
 * comments, key order, quoting and flow or block style stay as written and a source added
 * from the app reads as if the user had typed it.
 */
export class ConfigDocumentFile {
  readonly #file: string;
  readonly #writes = new WriteQueue();

  constructor(file: string) {
    this.#file = file;
  }

  get file(): string {
    return this.#file;
  }

  /** The document as it is on disk; ConfigError when it cannot be read or is not YAML. */
  async read(): Promise<Document> {
    return parseChecked(this.#file, await readText(this.#file));
  }

  /**
   * Reads the file, lets `change` make the new text from the old text and its document,
   * checks it with `check` (which throws to refuse it) and writes it in place atomically,
   * keeping the file's permissions. Edits run one after another.
   */
  async edit(
    change: (text: string, document: Document) => string,
    check: (text: string) => void,
  ): Promise<void> {
    await this.#writes.run(async () => {
      const before = await readText(this.#file);
      const text = change(before, parseChecked(this.#file, before));
      check(text);
      // A config reached through a link is written where the link points, the link kept.
      const target = await realpath(this.#file);
      const { mode } = await stat(target);
      await writeFileAtomic(target, text, { mode: mode & 0o777 });
    });
  }
}

function parseChecked(file: string, text: string): Document {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(file, [
      {
        path: '',
        message: 'not valid YAML or JSON (fix it in an editor; the app changes nothing in it)',
      },
    ]);
  }
  return document;
}

/**
 * The text with a source appended to `sources:`, in the style of the sources already there,
 * and the new source's index (for the config check's paths).
 */
export function withSourceAppended(
  text: string,
  document: Document,
  entry: Readonly<Record<string, unknown>>,
): { readonly text: string; readonly index: number } {
  const sources = document.get('sources', true) as Node | undefined;
  let index = -1;
  const written = spliceOrRender(
    document,
    () => spliceSourceItem(text, sources, entry),
    () => (index = appendSource(document, entry)),
  );
  return { text: written, index };
}

/** The text with `intake.officeHours` set, the rest of the file as it was. */
export function withOfficeHours(
  text: string,
  document: Document,
  hours: { readonly days: readonly string[]; readonly from: string; readonly to: string },
): string {
  const intake = document.get('intake', true) as Node | undefined;
  return spliceOrRender(
    document,
    () => spliceOfficeHours(text, intake, hours),
    () => setOfficeHours(document, hours),
  );
}

/** Appends a source to `sources:`, in the style of the sources already there. */
function appendSource(document: Document, entry: Readonly<Record<string, unknown>>): number {
  const node = document.createNode(entry) as YAMLMap;
  for (const pair of node.items) {
    // `password: { keychain: topdesk.password }`, as the docs write a secret reference.
    if (isMap(pair.value)) pair.value.flow = true;
  }
  const sources = document.get('sources', true);
  if (isSeq(sources)) {
    const previous = sources.items.at(-1);
    if (isMap(previous) && previous.flow) node.flow = true;
    sources.items.push(node);
    return sources.items.length - 1;
  }
  if (sources !== undefined && !(isScalar(sources) && sources.value === null))
    throw new Error('sources: expected a list of sources (fix the config file in an editor)');
  ensureMapping(document);
  document.set('sources', document.createNode([entry]));
  const created = document.get('sources', true);
  if (isSeq(created) && isMap(created.items[0])) {
    for (const pair of created.items[0].items) if (isMap(pair.value)) pair.value.flow = true;
  }
  return 0;
}

/** Sets `intake.officeHours`, keeping whatever else `intake` holds and its comments. */
function setOfficeHours(
  document: Document,
  hours: { readonly days: readonly string[]; readonly from: string; readonly to: string },
): void {
  ensureMapping(document);
  const node = document.createNode({
    days: [...hours.days],
    // Quoted: a reader of the file sees at once that 08:00 is a time of day, not a number.
    from: quoted(hours.from),
    to: quoted(hours.to),
  }) as YAMLMap;
  const days = node.get('days', true);
  if (isSeq(days)) days.flow = true;
  document.setIn(['intake', 'officeHours'], node);
}

/** An empty file, or one holding only comments, becomes a mapping that keeps those comments. */
function ensureMapping(document: Document): void {
  if (isMap(document.contents)) return;
  const empty =
    document.contents === null || (isScalar(document.contents) && document.contents.value === null);
  if (!empty)
    throw new Error('expected the config file to hold a mapping with title, sources, domains, …');
  const comment = document.contents?.commentBefore ?? null;
  document.contents = document.createNode({}) as YAMLMap;
  if (comment) document.contents.commentBefore = comment;
}

function quoted(text: string): Scalar {
  const scalar = new Scalar(text);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** The document's data, aliases expanded within the same bound as the config check. */
export function documentData(document: Document): unknown {
  return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
}
