import type { EventFilter } from '../../../shared/timeline/timeline-store.ts';

export interface PgWhere {
  readonly sql: string;
  readonly params: unknown[];
}

/**
 * The WHERE clause of a filter, with the same meaning as the SQLite store's
 * (sqlite/event-filter.ts): bounds on `at` compare the stored UTC text, an empty `domains`
 * or `kinds` list matches nothing, `text` is a literal case-insensitive substring of the
 * summary or the actor. `firstParam` numbers the placeholders after the caller's own.
 */
export function pgWhereClause(filter: EventFilter, firstParam = 1): PgWhere {
  const terms: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (filter.from !== undefined) terms.push(`at >= ${param(filter.from.toISOString())}`);
  if (filter.to !== undefined) terms.push(`at < ${param(filter.to.toISOString())}`);
  if (filter.domains !== undefined) terms.push(inList('domain', filter.domains, param));
  if (filter.kinds !== undefined) terms.push(inList('kind', filter.kinds, param));
  if (filter.afterSeq !== undefined) terms.push(`seq > ${param(filter.afterSeq)}`);
  if (filter.text !== undefined && filter.text !== '') {
    const pattern = param(caseInsensitivePattern(filter.text));
    terms.push(`(summary ~ ${pattern} OR actor ~ ${pattern})`);
  }
  return { sql: terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`, params };
}

function inList(column: string, values: readonly string[], param: (value: unknown) => string) {
  return values.length === 0 ? 'false' : `${column} = ANY(${param([...values])}::text[])`;
}

/**
 * A regular expression (postgresql.org/docs/current/functions-matching.html) matching the
 * needle literally, each cased letter as a class of its lower and upper case. lower() and
 * ILIKE fold only ASCII under the C locale, and a database's locale is not ours to choose;
 * JavaScript's case mapping is what the SQLite store folds with.
 */
export function caseInsensitivePattern(needle: string): string {
  let pattern = '';
  for (const char of needle) {
    const variants = new Set([char, char.toLowerCase(), char.toUpperCase()]);
    const single = [...variants].filter((variant) => [...variant].length === 1);
    if (single.length > 1) pattern += `[${single.join('')}]`;
    else if (/[^\p{L}\p{N}]/u.test(char) && char.charCodeAt(0) < 0x80) pattern += `\\${char}`;
    else pattern += char;
  }
  return pattern;
}
