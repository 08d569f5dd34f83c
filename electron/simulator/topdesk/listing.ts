import type { TopdeskDataset } from './dataset.ts';
import { compileFilter, compileSort } from './fields.ts';
import { BadRequestError, parseFiql } from './fiql.ts';
import type { IncidentRecord } from './incident.ts';
import { project, reference, toTopdeskJson } from './json.ts';
import type { Reply } from './reply.ts';

/**
 * `GET /tas/api/incidents` as documented (docs/sources.md, "The incident list", "Paging"): pageStart is a row
 * offset, pageSize defaults to 10 and is capped, a bare JSON array comes back with 206
 * when more rows follow, 200 for the last page and 204 (no body) when nothing matched.
 */
export interface ListingSettings {
  readonly maxPageSize: number;
  readonly utcOffsetMinutes: number;
}

/** One sorted result, kept while paging so each page does not filter and sort again. */
export interface ListingCache {
  key: string;
  rows: readonly IncidentRecord[];
}

export function listIncidents(
  params: URLSearchParams,
  dataset: TopdeskDataset,
  settings: ListingSettings,
  cache: ListingCache,
): Reply {
  const pageStart = integerParam(params, 'pageStart', 0, 0);
  const pageSize = Math.min(integerParam(params, 'pageSize', 10, 1), settings.maxPageSize);
  const rows = matchingRows(params, dataset, cache);
  const page = rows.slice(pageStart, pageStart + pageSize);
  if (page.length === 0) return { status: 204, body: '' };
  const fields = fieldList(params.get('fields'));
  const json = page.map((row) => project(toTopdeskJson(row, settings.utcOffsetMinutes), fields));
  return { status: pageStart + page.length < rows.length ? 206 : 200, body: JSON.stringify(json) };
}

function matchingRows(
  params: URLSearchParams,
  dataset: TopdeskDataset,
  cache: ListingCache,
): readonly IncidentRecord[] {
  const query = params.get('query');
  const sort = params.get('sort') ?? 'creationDate:desc';
  // Without all=true TOPdesk lists only first- and second-line incidents, not partials.
  const all = params.get('all') === 'true';
  const key = JSON.stringify([dataset.version, query, sort, all]);
  if (cache.key === key) return cache.rows;
  const filter = query ? compileFilter(parseFiql(query)) : () => true;
  const rows = dataset
    .all()
    .filter((row) => (all || row.status !== 'partial') && filter(row))
    .sort(compileSort(sort));
  cache.key = key;
  cache.rows = rows;
  return rows;
}

function integerParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
): number {
  const text = params.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new BadRequestError(`Invalid value for ${name}: '${text}'`);
  }
  return value;
}

function fieldList(text: string | null): string[] | null {
  if (text === null || text.trim() === '') return null;
  return text.split(',').map((name) => name.trim());
}

/** Distinct `{id, name}` values of a reference field: the lookup lists of §1.6. */
export function lookupList(
  dataset: TopdeskDataset,
  key: 'category' | 'subcategory' | 'priority',
): Reply {
  const names = new Set<string>();
  for (const row of dataset.all()) {
    const name = row[key];
    if (name !== null) names.add(name);
  }
  const list = [...names].sort().map((name) => reference(key, name));
  return { status: 200, body: JSON.stringify(list) };
}
