import { WOO_MARK, type Found } from './patterns.ts';

/**
 * People's names, from a list handed in, found in text. For a known "Jan de Vries" the rule is:
 *
 * - the full name, "J. de Vries" / "J.P. de Vries" (initials before the surname) and the
 *   surname with its prefix, "de Vries", match in any case: together they are a name;
 * - a single part — the first name "Jan", the bare surname "Vries" (or "Jansen" of "Piet
 *   Jansen") — matches only as a name is written, with its capital, and only from three
 *   letters: a log says "Jan belt KPN", while "bos", "de bakker" or "ad hoc" in lower case are
 *   words; a name known only in lower case ("jdevries") matches in any case, and a name of
 *   one or two letters ("b", "Bo") not at all (an actor so named is still redacted whole).
 *
 * Every match is on word boundaries, and the longest variant wins. The prefix ("de", "van
 * der") is what Dutch surnames carry; a part of one, alone, is never a name.
 */

const PREFIXES = new Set(
  "van de der den het 't te ter ten in op onder over uit aan bij voor la le du da di del des von vom zu el al".split(
    ' ',
  ),
);
const MIN_PART_LENGTH = 3;

/** Each known name's pattern, filed under the words without one of which it cannot match. */
export type NameMatcher = ReadonlyMap<string, readonly RegExp[]>;

/** A matcher for every name, or null when there are none to look for. */
export function nameMatcher(knownNames: readonly string[]): NameMatcher | null {
  const byKey = new Map<string, RegExp[]>();
  for (const name of new Set(knownNames)) {
    const variants = nameVariants(name);
    if (variants.length === 0) continue;
    // Longest first: an alternation takes the first variant that matches, not the longest.
    const ordered = variants.sort((a, b) => b.length - a.length).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordered})(?![\\p{L}\\p{N}])`, 'gu');
    for (const key of keyWords(name)) byKey.set(key, [...(byKey.get(key) ?? []), pattern]);
  }
  return byKey.size === 0 ? null : byKey;
}

/**
 * A contacts file has a hundred names and most texts hold none: a set lookup per word picks
 * the few names worth trying, instead of trying every name's variants at every position.
 */
export function findNames(text: string, matcher: NameMatcher | null): Found[] {
  if (!matcher) return [];
  const patterns = new Set(words(text).flatMap((word) => matcher.get(word) ?? []));
  return [...patterns].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      replacement: WOO_MARK,
    })),
  );
}

/** The given names and the core surname: every variant of the name holds one of them. */
function keyWords(name: string): string[] {
  const parts = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const { given } = splitName(parts);
  return [...given, parts.at(-1)!].flatMap(words).filter(Boolean);
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
}

/** The regex sources that stand for one known name. */
function nameVariants(name: string): string[] {
  const parts = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  if (parts.length === 1) return singleWord(parts[0]!);
  const { given, surname } = splitName(parts);
  const core = surname.at(-1)!;
  return [
    anyCase(parts),
    ...(given.length > 0 ? [initialsThen(given[0]!, surname)] : []),
    ...(surname.length > 1 ? [anyCase(surname)] : []),
    ...[...given, core].flatMap(asWritten),
  ];
}

/** Given names up to the first prefix; the surname is the prefix on, or the last part. */
function splitName(parts: readonly string[]) {
  const prefixAt = parts.findIndex((part, index) => index > 0 && PREFIXES.has(part.toLowerCase()));
  const surnameAt = prefixAt > 0 ? prefixAt : parts.length - 1;
  return { given: parts.slice(0, surnameAt), surname: parts.slice(surnameAt) };
}

function singleWord(word: string): string[] {
  if ([...word].length < MIN_PART_LENGTH) return [];
  return word === word.toLowerCase() ? [anyCase([word])] : asWritten(word);
}

/** "J. de Vries", "J.P. de Vries", "J de Vries", in any case. */
function initialsThen(firstName: string, surname: readonly string[]): string {
  const initial = escape(firstName[0]!);
  return String.raw`(?i:${initial})\.?(?:\s?\p{L}\.)*\s*${anyCase(surname)}`;
}

function anyCase(parts: readonly string[]): string {
  return `(?i:${parts.map(escape).join(String.raw`\s+`)})`;
}

/** A part with its first letter as written, the rest in any case: "Jan", "JAN", not "jan". */
function asWritten(part: string): string[] {
  const letters = [...part];
  if (letters.length < MIN_PART_LENGTH || PREFIXES.has(part.toLowerCase())) return [];
  return [`${escape(letters[0]!)}(?i:${escape(letters.slice(1).join(''))})`];
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/['’]/g, "['’]");
}
