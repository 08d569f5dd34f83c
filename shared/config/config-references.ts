import type { z } from 'zod';
import { idField } from './fields.ts';

type Fields = Readonly<Record<string, unknown>>;

/**
 * The checks that read across sections: unique source ids, a query-threshold rule's query,
 * a ticket-open rule's priorities. They run even when other parts of the document failed
 * to parse, so `document` is read as unknown: each check reads only values that hold what it
 * needs, and skips what it cannot tell (that part has its own error already).
 */
export function checkReferences(document: unknown, ctx: z.RefinementCtx): void {
  if (!isFields(document)) return;
  checkUniqueSourceIds(document.sources, ctx);
  const rules = rulesOf(document.domains);
  const queries = queryIds(document.sources);
  if (queries) checkQueryReferences(rules, queries, ctx);
  if (isFields(document.priorities))
    checkPriorityReferences(rules, Object.keys(document.priorities), ctx);
}

function checkUniqueSourceIds(sources: unknown, ctx: z.RefinementCtx): void {
  if (!Array.isArray(sources)) return;
  const seen = new Set<string>();
  sources.forEach((source: unknown, index) => {
    const id = isFields(source) ? source.id : undefined;
    if (!idField.safeParse(id).success) return;
    if (seen.has(id as string)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources', index, 'id'],
        message: `a unique source id ("${id}" is used twice)`,
      });
    }
    seen.add(id as string);
  });
}

/** The ids of every query the sources define, or null when the sources cannot tell. */
function queryIds(sources: unknown): Set<string> | null {
  if (!Array.isArray(sources)) return null;
  const ids = new Set<string>();
  for (const source of sources) {
    if (!isFields(source) || source.queries === undefined) continue;
    if (!Array.isArray(source.queries)) return null;
    for (const query of source.queries)
      if (isFields(query) && typeof query.id === 'string') ids.add(query.id);
  }
  return ids;
}

interface LocatedRule {
  readonly path: readonly PropertyKey[];
  readonly rule: Fields;
}

function rulesOf(domains: unknown): LocatedRule[] {
  if (!isFields(domains)) return [];
  return Object.entries(domains).flatMap(([domainId, domain]) => {
    const rules = isFields(domain) ? domain.rules : undefined;
    if (!Array.isArray(rules)) return [];
    return rules.flatMap((rule: unknown, index) =>
      isFields(rule) ? [{ path: ['domains', domainId, 'rules', index], rule }] : [],
    );
  });
}

function checkQueryReferences(
  rules: readonly LocatedRule[],
  queries: ReadonlySet<string>,
  ctx: z.RefinementCtx,
): void {
  for (const { path, rule } of rules) {
    if (rule.kind !== 'query-threshold' || !idField.safeParse(rule.query).success) continue;
    if (queries.has(rule.query as string)) continue;
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'query'],
      message: `the id of a query of an elasticsearch source ("${rule.query}" is not one)`,
    });
  }
}

function checkPriorityReferences(
  rules: readonly LocatedRule[],
  levels: readonly string[],
  ctx: z.RefinementCtx,
): void {
  for (const { path, rule } of rules) {
    if (rule.kind !== 'ticket-open' || !Array.isArray(rule.priorities)) continue;
    rule.priorities.forEach((level: unknown, index) => {
      if (typeof level !== 'string' || level === '' || levels.includes(level)) return;
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'priorities', index],
        message: `a level of the priorities map (${levels.join(', ')})`,
      });
    });
  }
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
