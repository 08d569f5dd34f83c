import { createHash } from 'node:crypto';

/**
 * The timeline's hash chain (docs/timeline.md), the same for every engine: each event's hash
 * covers the previous event's hash and its own content, so an edited, removed or reordered
 * event breaks the chain from that seq on.
 */

/** The `prev_hash` of event 1. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an event's hash covers; `data` is the canonical JSON text as stored. */
export interface HashedFields {
  readonly seq: number;
  readonly at: string;
  readonly kind: string;
  readonly domain: string | null;
  readonly source: string | null;
  readonly actor: string;
  readonly summary: string;
  readonly data: string;
}

/** sha256 (hex) of the previous hash, a newline and the event's fields as a JSON array. */
export function eventHash(prevHash: string, fields: HashedFields): string {
  const { seq, at, kind, domain, source, actor, summary, data } = fields;
  const content = JSON.stringify([seq, at, kind, domain, source, actor, summary, data]);
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

/**
 * JSON with object keys sorted by code unit and no whitespace: one text per value, whatever
 * order its keys were built in, so an engine that reorders keys (PostgreSQL's jsonb) can
 * recompute the text the hash covered. Undefined properties are left out, as JSON.stringify
 * does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') return canonicalObject(value);
  return JSON.stringify(value) ?? 'null';
}

function canonicalObject(value: object): string {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const members = entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
  return `{${members.join(',')}}`;
}
