import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { describeElasticsearchError, elasticsearchError } from './errors.ts';

const response = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  body,
  headers: new Headers(headers),
  bytes: body.length,
});
const NOW = new Date('2026-11-28T09:00:00Z');

describe('Elasticsearch error answers', () => {
  it('name the type and reason, and the root cause behind a wrapper', () => {
    const body = JSON.stringify({
      error: {
        root_cause: [{ type: 'query_shard_exception', reason: 'Failed to parse query [a:[1 TO]' }],
        type: 'search_phase_execution_exception',
        reason: 'all shards failed',
      },
      status: 400,
    });
    assert.equal(
      describeElasticsearchError(body),
      'search_phase_execution_exception: all shards failed (query_shard_exception: Failed to parse query [a:[1 TO])',
    );
  });

  it('describe a body that is not Elasticsearch’s as text', () => {
    assert.equal(
      describeElasticsearchError('<html><body><h1>502 Bad Gateway</h1></body></html>'),
      '502 Bad Gateway',
    );
    assert.equal(describeElasticsearchError(''), '');
  });

  it('map statuses to categories, 429 with our backoff unless Retry-After says otherwise', () => {
    const rejected = JSON.stringify({
      error: { type: 'es_rejected_execution_exception', reason: 'queue full' },
      status: 429,
    });
    const own = elasticsearchError(response(429, rejected), NOW, 60_000);
    assert.deepEqual([own.category, own.retryAfterMs], ['rate-limited', 60_000]);
    assert.equal(own.detail, 'HTTP 429: es_rejected_execution_exception: queue full');
    const told = elasticsearchError(response(429, rejected, { 'retry-after': '5' }), NOW, 60_000);
    assert.equal(told.retryAfterMs, 5000);
    const categories = [401, 403, 404, 400, 503].map(
      (status) => elasticsearchError(response(status, '{}'), NOW, 1).category,
    );
    assert.deepEqual(categories, [
      'wrong-credentials',
      'no-permission',
      'not-found',
      'bad-request',
      'server-error',
    ]);
  });

  it('never throw on any body and stay short', () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((error) => JSON.stringify({ error, status: 500 })),
    );
    fc.assert(
      fc.property(bodies, (body) => {
        assert.ok(describeElasticsearchError(body).length <= 300);
        assert.equal(elasticsearchError(response(500, body), NOW, 1).category, 'server-error');
      }),
      { numRuns: 1000 },
    );
  });
});
