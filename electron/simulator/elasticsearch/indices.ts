import { err, ok, type Result } from '../../../shared/result.ts';
import { indexNotFound, type ElasticsearchFailure } from './error-bodies.ts';

export interface IndexOptions {
  /** `ignore_unavailable`: a missing concrete index is skipped instead of a 404. */
  readonly ignoreUnavailable: boolean;
  /** `allow_no_indices`: a pattern that matches nothing is fine (the search default). */
  readonly allowNoIndices: boolean;
}

export function indexOptionsFrom(query: URLSearchParams): IndexOptions {
  return {
    ignoreUnavailable: query.get('ignore_unavailable') === 'true',
    allowNoIndices: query.get('allow_no_indices') !== 'false',
  };
}

/** An index expression (`logs-*,metrics`, `_all`) resolved against the indices that exist. */
export function resolveIndices(
  expression: string,
  existing: ReadonlySet<string>,
  options: IndexOptions,
): Result<string[], ElasticsearchFailure> {
  const parts = expression === '' || expression === '_all' ? ['*'] : expression.split(',');
  const found = new Set<string>();
  for (const part of parts) {
    if (!part.includes('*')) {
      if (existing.has(part)) found.add(part);
      else if (!options.ignoreUnavailable) return err(indexNotFound(part));
      continue;
    }
    for (const name of existing) if (globMatches(part, name)) found.add(name);
  }
  if (found.size === 0 && !options.allowNoIndices) return err(indexNotFound(expression));
  return ok([...found].sort());
}

/** `*` matches any run of characters; hidden (dot) indices only match a pattern that starts with a dot. */
export function globMatches(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  const source = pattern
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(name);
}
