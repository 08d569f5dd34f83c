/**
 * A static check of the regular expressions the config holds (priorities), which run on
 * text a source sends. JavaScript's engine backtracks: a repeated group that can match the
 * same text in more than one way, such as (a+)+ or (a|aa)+, takes exponential time on a
 * near miss, a backreference defeats every bound, and each further overlapping repeat
 * multiplies the time by the text's length. The check is deliberately conservative: a
 * priority pattern needs none of these.
 */

export const MAX_PATTERN_LENGTH = 100;
export const MAX_REPEATS = 2;

const NESTED =
  'a regular expression without a repeated group that repeats inside or has alternatives, such as (a+)+ or (a|aa)+ (they can take exponential time)';
const BACKREFERENCE =
  'a regular expression without backreferences such as \\1 or \\k<name> (they can take exponential time)';
const TOO_MANY = `a regular expression with at most ${MAX_REPEATS} repeats (*, + or {n,m}), so matching stays fast`;
const TOO_LONG = `a regular expression of at most ${MAX_PATTERN_LENGTH} characters`;

/** What a valid pattern must be instead (a config message), or null when it is safe to run. */
export function regexRisk(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return TOO_LONG;
  const scan = scanPattern(pattern);
  if (scan.backreference) return BACKREFERENCE;
  if (scan.nestedRepeat) return NESTED;
  if (scan.repeats > MAX_REPEATS) return TOO_MANY;
  return null;
}

/** What a group holds, at any depth: the two things a repeat around it must not meet. */
interface Group {
  hasRepeat: boolean;
  hasAlternation: boolean;
}

interface Scan {
  repeats: number;
  nestedRepeat: boolean;
  backreference: boolean;
}

interface Quantifier {
  readonly min: number;
  readonly max: number;
  readonly length: number;
}

/** One pass over a pattern already known to compile (without the u flag, as selectors.ts uses it). */
function scanPattern(pattern: string): Scan {
  const scan: Scan = { repeats: 0, nestedRepeat: false, backreference: false };
  const groups: Group[] = [{ hasRepeat: false, hasAlternation: false }];
  // What a quantifier here would repeat: a group just closed, another atom, or nothing.
  let previous: Group | 'atom' | null = null;
  let index = 0;
  while (index < pattern.length) {
    const current = groups.at(-1) as Group;
    const quantifier = previous === null ? null : quantifierAt(pattern, index);
    if (quantifier) {
      index += quantifier.length + (pattern[index + quantifier.length] === '?' ? 1 : 0);
      if (quantifier.max > quantifier.min) {
        scan.repeats++;
        current.hasRepeat = true;
      }
      if (quantifier.max > 1 && previous !== 'atom' && previous !== null)
        scan.nestedRepeat ||= previous.hasRepeat || previous.hasAlternation;
      previous = null;
      continue;
    }
    const char = pattern[index];
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      scan.backreference ||= /[1-9]/.test(next) || (next === 'k' && pattern[index + 2] === '<');
      index += 2;
      previous = 'atom';
    } else if (char === '[') {
      index = classEnd(pattern, index);
      previous = 'atom';
    } else if (char === '(') {
      groups.push({ hasRepeat: false, hasAlternation: false });
      index = groupBodyStart(pattern, index);
      previous = null;
    } else if (char === ')' && groups.length > 1) {
      const closed = groups.pop() as Group;
      const parent = groups.at(-1) as Group;
      parent.hasRepeat ||= closed.hasRepeat;
      parent.hasAlternation ||= closed.hasAlternation;
      index++;
      previous = closed;
    } else if (char === '|') {
      current.hasAlternation = true;
      index++;
      previous = null;
    } else {
      index++;
      previous = 'atom';
    }
  }
  return scan;
}

/** `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}` at index; a `{` that is none of these is a plain character. */
function quantifierAt(pattern: string, index: number): Quantifier | null {
  const char = pattern[index];
  if (char === '*') return { min: 0, max: Infinity, length: 1 };
  if (char === '+') return { min: 1, max: Infinity, length: 1 };
  if (char === '?') return { min: 0, max: 1, length: 1 };
  const braces = char === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(index)) : null;
  if (!braces) return null;
  const min = Number(braces[1]);
  const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
  return { min, max, length: braces[0].length };
}

/** The index after a character class `[…]`, whose (, +, | and * are plain characters. */
function classEnd(pattern: string, start: number): number {
  let index = start + 1;
  if (pattern[index] === '^') index++;
  while (index < pattern.length && pattern[index] !== ']') index += pattern[index] === '\\' ? 2 : 1;
  return index + 1;
}

/** The index after `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` or `(?<name>`. */
function groupBodyStart(pattern: string, start: number): number {
  if (pattern[start + 1] !== '?') return start + 1;
  if (pattern[start + 2] === '<' && pattern[start + 3] !== '=' && pattern[start + 3] !== '!') {
    const nameEnd = pattern.indexOf('>', start);
    return nameEnd === -1 ? pattern.length : nameEnd + 1;
  }
  return start + (pattern[start + 2] === '<' ? 4 : 3);
}
