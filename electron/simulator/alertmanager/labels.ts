/**
 * Label sets as Alertmanager handles them: the fingerprint (Prometheus' FNV-1a 64 over the
 * sorted names and values, each followed by the 0xff separator byte, printed as 16 hex
 * digits) and matchers, as in silences and in the API's `filter` parameter.
 */

export type Labels = Readonly<Record<string, string>>;

export interface Matcher {
  readonly name: string;
  readonly value: string;
  readonly isRegex: boolean;
  /** false for `!=` and `!~`. */
  readonly isEqual: boolean;
}

const FNV_OFFSET = 14695981039346656037n;
const FNV_PRIME = 1099511628211n;
const MASK_64 = (1n << 64n) - 1n;
const SEPARATOR = 0xff;

export function fingerprint(labels: Labels): string {
  let hash = FNV_OFFSET;
  const add = (byte: number) => {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  };
  for (const name of Object.keys(labels).sort()) {
    for (const byte of Buffer.from(name)) add(byte);
    add(SEPARATOR);
    for (const byte of Buffer.from(labels[name] ?? '')) add(byte);
    add(SEPARATOR);
  }
  return hash.toString(16).padStart(16, '0');
}

/** A missing label matches as the empty string, as in Alertmanager. */
export function matches(matcher: Matcher, labels: Labels): boolean {
  const value = labels[matcher.name] ?? '';
  const hit = matcher.isRegex
    ? (safeRegExp(matcher.value)?.test(value) ?? false)
    : value === matcher.value;
  return hit === matcher.isEqual;
}

export function matchesAll(matchers: readonly Matcher[], labels: Labels): boolean {
  return matchers.every((matcher) => matches(matcher, labels));
}

/** Regexes are anchored at both ends, as in Prometheus. */
function safeRegExp(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return null;
  }
}

const FILTER =
  /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:\\.|[^"\\])*)"|([^"\s]*))\s*$/;

/** One `filter=` value of GET /api/v2/alerts, e.g. `severity=~"critical|page"`; null if malformed. */
export function parseFilter(text: string): Matcher | null {
  const match = FILTER.exec(text);
  if (!match) return null;
  const [, name = '', operator = '=', quoted, bare] = match;
  const value = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare ?? '');
  if (operator.endsWith('~') && safeRegExp(value) === null) return null;
  return { name, value, isRegex: operator.endsWith('~'), isEqual: !operator.startsWith('!') };
}
