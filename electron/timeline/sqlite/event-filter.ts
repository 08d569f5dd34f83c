import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { EventFilter } from '../../../shared/timeline/timeline-store.ts';

export interface SqlWhere {
  readonly sql: string;
  readonly params: SQLInputValue[];
}

/**
 * SQL function: whether either text contains the (lower-cased) needle, ignoring case beyond
 * ASCII, which SQLite's LIKE and lower() do not fold. One call per row, not one per column:
 * crossing into JavaScript is what costs.
 */
const CONTAINS_FUNCTION = 'dijkwacht_contains';

/** Registers what the filters need on a connection. */
export function registerFilterFunctions(db: DatabaseSync): void {
  db.function(CONTAINS_FUNCTION, { deterministic: true }, (summary, actor, needle) => {
    const within = (text: unknown) =>
      typeof text === 'string' && text.toLowerCase().includes(String(needle));
    return within(summary) || within(actor) ? 1 : 0;
  });
}

/**
 * The WHERE clause of a filter. An empty `domains` or `kinds` list matches nothing: a list
 * names what to show, and none was named.
 */
export function whereClause(filter: EventFilter): SqlWhere {
  const terms: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]) => {
    terms.push(sql);
    params.push(...values);
  };
  if (filter.from !== undefined) add('at >= ?', filter.from.toISOString());
  if (filter.to !== undefined) add('at < ?', filter.to.toISOString());
  if (filter.domains !== undefined) add(inList('domain', filter.domains.length), ...filter.domains);
  if (filter.kinds !== undefined) add(inList('kind', filter.kinds.length), ...filter.kinds);
  if (filter.afterSeq !== undefined) add('seq > ?', filter.afterSeq);
  if (filter.text !== undefined && filter.text !== '') {
    const match = textMatch(filter.text);
    add(match.sql, ...match.params);
  }
  return { sql: terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`, params };
}

function inList(column: string, length: number): string {
  return length === 0 ? '0' : `${column} IN (${Array(length).fill('?').join(', ')})`;
}

/**
 * Case-insensitive substring of the summary or the actor. LIKE (with its wildcards escaped)
 * folds ASCII only, which suffices for an ASCII needle; any other goes through our function.
 */
function textMatch(text: string): SqlWhere {
  if (/^[\x20-\x7e]*$/.test(text)) {
    const pattern = `%${text.replace(/[\\%_]/g, (wildcard) => `\\${wildcard}`)}%`;
    return {
      sql: "(summary LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\')",
      params: [pattern, pattern],
    };
  }
  return { sql: `${CONTAINS_FUNCTION}(summary, actor, ?)`, params: [text.toLowerCase()] };
}
