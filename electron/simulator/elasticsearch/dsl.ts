import { err, ok, type Result } from '../../../shared/result.ts';
import { allShardsFailed, badRequest, type ElasticsearchFailure } from './error-bodies.ts';
import { parseQueryString, type FieldValue } from './query-string.ts';

/**
 * The query DSL subset the dashboard and the demo send: match_all, bool (filter, must,
 * should, must_not), query_string, range (with `now-15m` date math on the time field),
 * term, match and exists.
 */

export interface StoredDocument {
  readonly id: string;
  readonly index: string;
  /** Epoch ms of the document's time field. */
  readonly time: number;
  readonly fields: Readonly<Record<string, FieldValue>>;
}

export interface DslContext {
  readonly timeField: string;
  readonly now: number;
}

export type Predicate = (document: StoredDocument) => boolean;
type Compiled = Result<Predicate, ElasticsearchFailure>;

export function compileQuery(query: unknown, context: DslContext): Compiled {
  if (query === undefined) return ok(() => true);
  const entry = singleEntry(query);
  if (!entry)
    return err(
      badRequest('parsing_exception', 'query malformed, no start_object after query name'),
    );
  const [kind, spec] = entry;
  switch (kind) {
    case 'match_all':
      return ok(() => true);
    case 'bool':
      return compileBool(spec, context);
    case 'query_string':
      return compileQueryString(spec, context);
    case 'range':
      return compileRange(spec, context);
    case 'term':
    case 'match':
      return compileTerm(spec, context);
    case 'exists':
      return compileExists(spec, context);
    default:
      return err(badRequest('parsing_exception', `unknown query [${kind}]`));
  }
}

export function fieldOf(
  document: StoredDocument,
  field: string,
  context: DslContext,
): FieldValue | undefined {
  if (field === context.timeField) return new Date(document.time).toISOString();
  if (field === '_index') return document.index;
  return document.fields[field];
}

function compileBool(spec: unknown, context: DslContext): Compiled {
  const record = asRecord(spec);
  const groups: Record<string, Predicate[]> = {};
  for (const occur of ['filter', 'must', 'should', 'must_not']) {
    const clauses = record[occur] === undefined ? [] : [record[occur]].flat();
    groups[occur] = [];
    for (const clause of clauses) {
      const compiled = compileQuery(clause, context);
      if (!compiled.ok) return compiled;
      groups[occur].push(compiled.value);
    }
  }
  const required = [...(groups.filter ?? []), ...(groups.must ?? [])];
  const should = groups.should ?? [];
  const mustNot = groups.must_not ?? [];
  return ok(
    (document) =>
      required.every((predicate) => predicate(document)) &&
      !mustNot.some((predicate) => predicate(document)) &&
      (should.length === 0 ||
        required.length > 0 ||
        should.some((predicate) => predicate(document))),
  );
}

function compileQueryString(spec: unknown, context: DslContext): Compiled {
  const { query } = asRecord(spec);
  if (typeof query !== 'string')
    return err(badRequest('parsing_exception', '[query_string] requires a query'));
  const parsed = parseQueryString(query);
  if (!parsed.ok) return err(allShardsFailed('query_shard_exception', parsed.error));
  return ok((document) =>
    parsed.value((field) => fieldOf(document, field, context), Object.keys(document.fields)),
  );
}

function compileRange(spec: unknown, context: DslContext): Compiled {
  const entry = singleEntry(spec);
  if (!entry) return err(badRequest('parsing_exception', '[range] query malformed'));
  const [field, bounds] = entry;
  const limits = asRecord(bounds);
  const isTime = field === context.timeField;
  const checks: ((value: number | string) => boolean)[] = [];
  for (const [operator, raw] of Object.entries(limits)) {
    if (!['gte', 'gt', 'lte', 'lt'].includes(operator)) continue;
    const bound = isTime ? parseDateMath(raw, context.now) : (raw as number | string);
    if (bound === null)
      return err(allShardsFailed('parse_exception', `failed to parse date field [${String(raw)}]`));
    checks.push((value) => holds(operator, value, bound));
  }
  return ok((document) => {
    const value = isTime ? document.time : fieldOf(document, field, context);
    if (value === undefined || typeof value === 'boolean') return false;
    return checks.every((check) => check(value));
  });
}

function holds(operator: string, value: number | string, bound: number | string): boolean {
  if (operator === 'gte') return value >= bound;
  if (operator === 'gt') return value > bound;
  if (operator === 'lte') return value <= bound;
  return value < bound;
}

function compileTerm(spec: unknown, context: DslContext): Compiled {
  const entry = singleEntry(spec);
  if (!entry) return err(badRequest('parsing_exception', '[term] query malformed'));
  const [field, raw] = entry;
  const wanted = typeof raw === 'object' && raw !== null ? asRecord(raw).value : raw;
  return ok((document) => String(fieldOf(document, field, context)) === String(wanted));
}

function compileExists(spec: unknown, context: DslContext): Compiled {
  const { field } = asRecord(spec);
  if (typeof field !== 'string')
    return err(badRequest('parsing_exception', '[exists] requires a field'));
  return ok((document) => fieldOf(document, field, context) !== undefined);
}

const DATE_MATH = /^now(?:([+-])(\d+)(ms|s|m|h|d))?(?:\/[smhd])?$/;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 };

/** Epoch ms from a number, an ISO date or `now[+-N<unit>]`; null when unreadable. */
export function parseDateMath(value: unknown, now: number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const math = DATE_MATH.exec(value);
  if (math) {
    const [, sign, amount = '0', unit = 'ms'] = math;
    return now + (sign === '-' ? -1 : 1) * Number(amount) * (UNIT_MS[unit] ?? 1);
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

function singleEntry(value: unknown): [string, unknown] | null {
  const entries = Object.entries(asRecord(value));
  return entries.length === 1 ? (entries[0] as [string, unknown]) : null;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
