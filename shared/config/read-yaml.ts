import { LineCounter, parseDocument } from 'yaml';
import { err, ok, type Result } from '../result.ts';
import type { ConfigIssue } from './config-issues.ts';
import { locatorOf, type Locate } from './yaml-positions.ts';

/** A config or contacts file is a few kilobytes; a larger one is the wrong file (or an attack). */
export const MAX_FILE_BYTES = 1_048_576;

/**
 * How far aliases may expand (the yaml package's count: uses of an anchor times the aliases
 * inside it), the package's default made explicit: enough to repeat a few values, far too
 * little for the "billion laughs", nine aliases of nine aliases … that fill memory from 1 kB.
 */
export const MAX_ALIAS_COUNT = 100;

/** Which syntax a file is read as, for messages: "YAML or JSON" (the config) or "YAML". */
export type YamlFlavour = 'YAML or JSON' | 'YAML';

export const FILE_TOO_LARGE: ConfigIssue = {
  path: '',
  message: `the file is larger than the ${MAX_FILE_BYTES / 1_048_576} MB limit`,
};

/** The issue of a text over MAX_FILE_BYTES, checked before anything parses it. */
export function sizeIssue(text: string): ConfigIssue | null {
  return utf8Bytes(text) > MAX_FILE_BYTES ? FILE_TOO_LARGE : null;
}

/** A YAML document as plain data, or what is wrong with it (see readYamlDocument). */
export function readYaml(text: string, flavour: YamlFlavour): Result<unknown, ConfigIssue[]> {
  const document = readYamlDocument(text, flavour);
  return document.ok ? ok(document.value.data) : document;
}

/** A document's data, and where each value of it is written in the text. */
export interface YamlDocument {
  readonly data: unknown;
  readonly locate: Locate;
}

/**
 * A YAML document as plain data, or what is wrong with it, in words that quote nothing of
 * the file (a broken line may hold a pasted secret). What the yaml package throws instead
 * of reporting (too many or unresolved aliases) becomes an issue too, not a crash.
 */
export function readYamlDocument(
  text: string,
  flavour: YamlFlavour,
): Result<YamlDocument, ConfigIssue[]> {
  const tooLarge = sizeIssue(text);
  if (tooLarge) return err([tooLarge]);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  if (document.errors.length > 0) {
    return err(
      document.errors.map((error) => {
        const position = error.linePos?.[0];
        const where = position ? `line ${position.line}, column ${position.col}` : 'the document';
        return {
          path: '',
          message: `not valid ${flavour} at ${where}: ${error.code.toLowerCase().replaceAll('_', ' ')}`,
        };
      }),
    );
  }
  try {
    const data: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return ok({ data, locate: locatorOf(document, lineCounter) });
  } catch (error) {
    // toJS throws (a ReferenceError) for aliases it will not resolve; the document is at fault.
    return err([{ path: '', message: `not valid ${flavour}: ${aliasProblem(error)}` }]);
  }
}

function aliasProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('Excessive alias count'))
    return `its aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies, the limit that stops an alias bomb`;
  if (message.startsWith('Unresolved alias'))
    return 'an alias (*name) refers to no anchor (&name) before it';
  return 'it cannot be read as data';
}

/** UTF-8 length without TextEncoder, which shared/ (ES2023, no DOM, no Node) does not have. */
function utf8Bytes(text: string): number {
  // Each UTF-16 unit is at least one byte: a long text needs no closer look.
  if (text.length > MAX_FILE_BYTES) return text.length;
  let bytes = 0;
  // By code point: a surrogate pair is 4 bytes, a lone surrogate becomes U+FFFD (3).
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
