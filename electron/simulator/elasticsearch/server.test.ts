import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import { startElasticsearchServer, type ElasticsearchServer } from './server.ts';

const NOW = Date.parse('2026-11-28T09:00:30.000Z');
const MINUTE = 60_000;

async function call(server: ElasticsearchServer, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as unknown,
  };
}

/** Reads a dotted path out of a JSON answer. */
function dig(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

const lastFifteen = { range: { '@timestamp': { gte: 'now-15m', lt: 'now' } } };

describe('the Elasticsearch simulator', () => {
  let server: ElasticsearchServer;
  before(async () => {
    server = await startElasticsearchServer({ clock: new FakeClock(NOW) });
    server.addDocuments(
      Array.from({ length: 12_000 }, (_, n) => ({
        index: n % 2 ? 'logs-a' : 'logs-b',
        timestamp: NOW - (1 + (n % 600)) * 1000, // within the last 10 minutes
        fields: { level: n % 3 ? 'info' : 'error' },
      })),
    );
    server.addDocuments([{ index: '.internal-alerts', timestamp: NOW - MINUTE, fields: {} }]);
  });
  after(() => server.close());

  it('counts with _count, with `now` date math, and says it is Elasticsearch', async () => {
    const { status, headers, json } = await call(server, '/logs-*/_count', {
      query: { bool: { filter: [lastFifteen, { query_string: { query: 'level:error' } }] } },
    });
    assert.equal(status, 200);
    assert.equal(headers.get('x-elastic-product'), 'Elasticsearch');
    assert.deepEqual(json, {
      count: 4000,
      _shards: { total: 2, successful: 2, skipped: 0, failed: 0 },
    });
  });

  it('stops hits.total at 10,000 unless track_total_hits asks for the truth', async () => {
    const capped = await call(server, '/logs-*/_search', { size: 0 });
    assert.deepEqual(dig(capped.json, 'hits.total'), { value: 10_000, relation: 'gte' });
    const exact = await call(server, '/logs-*/_search', { size: 0, track_total_hits: true });
    assert.deepEqual(dig(exact.json, 'hits.total'), { value: 12_000, relation: 'eq' });
  });

  it('leaves empty minutes out unless min_doc_count is 0 with extended_bounds', async () => {
    const histogram = (extra: object) => ({
      size: 0,
      query: { range: { '@timestamp': { gte: NOW - 15 * MINUTE, lt: NOW } } },
      aggs: { m: { date_histogram: { field: '@timestamp', fixed_interval: '1m', ...extra } } },
    });
    const sparse = await call(server, '/logs-a/_search', histogram({}));
    assert.equal((dig(sparse.json, 'aggregations.m.buckets') as unknown[]).length, 11);
    const full = await call(
      server,
      '/logs-a/_search',
      histogram({ min_doc_count: 0, extended_bounds: { min: NOW - 15 * MINUTE, max: NOW - 1 } }),
    );
    const buckets = dig(full.json, 'aggregations.m.buckets') as {
      key: number;
      key_as_string: string;
      doc_count: number;
    }[];
    assert.equal(buckets.length, 16);
    assert.equal(buckets[0]?.key_as_string, '2026-11-28T08:45:00.000Z');
    assert.equal(
      buckets.reduce((sum, bucket) => sum + bucket.doc_count, 0),
      6000,
    );
  });

  it('refuses what the real server refuses', async () => {
    const calendar = await call(server, '/logs-a/_search', {
      aggs: { m: { date_histogram: { field: '@timestamp', calendar_interval: '2d' } } },
    });
    assert.equal(calendar.status, 400);
    const unknown = await call(server, '/logs-a/_search', { query: { fuzzy_thing: {} } });
    assert.deepEqual([unknown.status, dig(unknown.json, 'error.type')], [400, 'parsing_exception']);
    const route = await call(server, '/logs-a/_doc/1');
    assert.equal(route.status, 400);
    assert.match(String(dig(route.json, 'error.reason')), /no handler found for uri/);
  });

  it('resolves index expressions like Elasticsearch', async () => {
    const count = async (path: string, field = 'count') =>
      dig((await call(server, path, {})).json, field);
    assert.equal(await count('/_count'), 12_000, 'hidden indices stay out of _all');
    assert.equal(await count('/.internal-*/_count'), 1);
    assert.equal(await count('/logs-a,logs-b/_count'), 12_000);
    assert.equal(await count('/missing/_count', 'error.type'), 'index_not_found_exception');
    assert.equal(await count('/missing,logs-a/_count?ignore_unavailable=true'), 6000);
    assert.equal(await count('/nothing-*/_count'), 0);
    assert.equal(await count('/nothing-*/_count?allow_no_indices=false', 'status'), 404);
  });

  it('checks the API key when it has one', async () => {
    const guarded = await startElasticsearchServer({ apiKey: 'a2V5' });
    try {
      const refused = await fetch(`${guarded.url}/_count`, {
        headers: { authorization: 'ApiKey nope' },
      });
      assert.equal(refused.status, 401);
      const allowed = await fetch(`${guarded.url}/_count`, {
        headers: { authorization: 'ApiKey a2V5' },
      });
      assert.equal(allowed.status, 200);
    } finally {
      await guarded.close();
    }
  });

  it('drops old documents on request, so a long demo stays small', async () => {
    const demo = await startElasticsearchServer();
    try {
      demo.addDocuments([
        { index: 'x', timestamp: '2026-01-01T00:00:00Z' },
        { index: 'x', timestamp: '2026-01-02T00:00:00Z' },
      ]);
      assert.equal(demo.removeDocumentsBefore(new Date('2026-01-01T12:00:00Z')), 1);
      assert.equal(demo.documentCount(), 1);
      assert.equal(demo.removeDocumentsBefore(new Date('2026-01-01T12:00:00Z')), 0);
    } finally {
      await demo.close();
    }
  });

  it('drops every old document when they were added out of time order', async () => {
    const demo = await startElasticsearchServer();
    try {
      demo.addDocuments([
        { index: 'x', timestamp: '2026-01-02T00:00:00Z' },
        { index: 'x', timestamp: '2026-01-01T00:00:00Z' },
        { index: 'x', timestamp: '2026-01-03T00:00:00Z' },
        { index: 'x', timestamp: '2026-01-01T06:00:00Z' },
      ]);
      assert.equal(demo.removeDocumentsBefore(new Date('2026-01-01T12:00:00Z')), 2);
      assert.equal(demo.documentCount(), 2);
    } finally {
      await demo.close();
    }
  });
});
