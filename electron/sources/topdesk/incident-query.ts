import { formatFiqlDate } from './dates.ts';
import { INCIDENT_FIELDS } from './payloads.ts';

/**
 * FIQL filters and the `GET /incidents` URL (docs/sources.md, "The incident list"). FIQL: `;` is AND, `,` is
 * OR, parentheses group. Only the new parameter set (pageStart/pageSize) is used: mixing in
 * the old `start`/`page_size` is silently ignored by TOPdesk and loops on page 0 (§6.2).
 */

/** The full-sync filter: every open incident, plus any called in after `since`. */
export function openOrCalledSinceQuery(since: Date): string {
  return `(closed==false,callDate=gt=${formatFiqlDate(since)})`;
}

/** The delta filter: everything modified after `since`, whatever its state, so closures show up. */
export function modifiedSinceQuery(since: Date): string {
  return `modificationDate=gt=${formatFiqlDate(since)}`;
}

/** Sorting on the delta cursor's field: a row changed mid-paging moves to the end, where we read it. */
export const INCIDENT_SORT = 'modificationDate:asc';

export interface IncidentPageRequest {
  readonly query: string;
  readonly pageStart: number;
  readonly pageSize: number;
}

/** `{base}/tas/api/incidents?…`, every value percent-encoded (`+` → %2B, `;` → %3B, `,` → %2C). */
export function incidentsUrl(baseUrl: string, page: IncidentPageRequest): string {
  const params: [string, string][] = [
    ['pageStart', String(page.pageStart)],
    ['pageSize', String(page.pageSize)],
    ['sort', INCIDENT_SORT],
    ['fields', INCIDENT_FIELDS.join(',')],
    ['query', page.query],
  ];
  const search = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${apiBase(baseUrl)}/incidents?${search}`;
}

/**
 * The API root for a configured URL. Users paste `https://host`, `https://host/tas/` or
 * `https://host/tas/api` (XSOAR's setting takes the second form); all mean the same API.
 */
export function apiBase(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (/\/tas\/api$/i.test(trimmed)) return trimmed;
  if (/\/tas$/i.test(trimmed)) return `${trimmed}/api`;
  return `${trimmed}/tas/api`;
}
