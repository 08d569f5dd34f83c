import { createHash } from 'node:crypto';
import type { IncidentRecord } from './incident.ts';

/**
 * TOPdesk's wire format: dates like `2021-02-11T06:32:36.303+0000` (offset without colon),
 * references as `{id, name}`, sub-lists as URLs (docs/sources.md, "The incident object").
 */
export function formatTopdeskDate(ms: number, offsetMinutes = 0): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${local}${sign}${offset}`;
}

const lookupIds = new Map<string, string>();

/** A stable UUID-shaped id per lookup name, so equal names share an id as in TOPdesk. */
export function lookupId(kind: string, name: string): string {
  const key = `${kind}:${name}`;
  let id = lookupIds.get(key);
  if (id === undefined) {
    const hex = createHash('sha1').update(key).digest('hex');
    id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    if (lookupIds.size < 10_000) lookupIds.set(key, id);
  }
  return id;
}

export function reference(kind: string, name: string | null): { id: string; name: string } | null {
  return name === null ? null : { id: lookupId(kind, name), name };
}

/** The incident as TOPdesk sends it in a list, in the documented field names and types. */
export function toTopdeskJson(record: IncidentRecord, offsetMinutes = 0): Record<string, unknown> {
  const date = (ms: number | null) => (ms === null ? null : formatTopdeskDate(ms, offsetMinutes));
  const link = `/tas/api/incidents/id/${record.id}`;
  return {
    id: record.id,
    status: record.status,
    number: record.number,
    request: record.request,
    requests: `${link}/requests`,
    action: `${link}/actions`,
    attachments: `${link}/attachments`,
    caller: { id: lookupId('person', record.callerName), dynamicName: record.callerName },
    briefDescription: record.briefDescription,
    externalNumber: '',
    category: reference('category', record.category),
    subcategory: reference('subcategory', record.subcategory),
    callType: reference('callType', 'Incident'),
    entryType: reference('entryType', 'Telephone'),
    impact: null,
    urgency: null,
    priority: reference('priority', record.priority),
    processingStatus: reference('processingStatus', record.processingStatus),
    operator: operatorOf(record.operatorGroup),
    operatorGroup: reference('operatorGroup', record.operatorGroup),
    supplier: null,
    targetDate: date(record.targetDate),
    onHold: false,
    onHoldDate: null,
    completed: record.completed,
    completedDate: date(record.completedDate),
    closed: record.closed,
    closedDate: date(record.closedDate),
    closureCode: null,
    callDate: date(record.callDate),
    creationDate: date(record.creationDate),
    modificationDate: date(record.modificationDate),
    creator: reference('operator', 'Servicedesk'),
    modifier: reference('operator', 'Servicedesk'),
    majorCall: record.majorCall,
    majorCallObject: null,
    escalationStatus: 'Deescalated',
    archivingReason: null,
  };
}

function operatorOf(group: string | null): Record<string, unknown> | null {
  return group === null
    ? null
    : { id: lookupId('operatorGroup', group), status: 'operatorGroup', name: group };
}

/** Only the requested top-level fields, as `fields=` does; unknown names are skipped. */
export function project(
  json: Record<string, unknown>,
  fields: readonly string[] | null,
): Record<string, unknown> {
  if (fields === null) return json;
  const out: Record<string, unknown> = {};
  for (const field of fields) if (Object.hasOwn(json, field)) out[field] = json[field];
  return out;
}
