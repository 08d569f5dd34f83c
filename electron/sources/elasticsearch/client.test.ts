import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { SourceSignals } from '../../../shared/signals/signals.ts';
import type { ElasticsearchDocument } from '../../simulator/elasticsearch/server.ts';
import {
  startElasticsearchServerWithFaults,
  type ElasticsearchServerWithFaults,
} from '../../simulator/elasticsearch/testing/server-with-faults.ts';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import { closedPort } from '../http/testing/closed-port.ts';
import { SourceError, type SourceErrorCategory } from '../source-error.ts';
import { createElasticsearchClient } from './client.ts';
import { esConfig, esQuery, MINUTE, NOW, pollContext, secret } from './testing/fixtures.ts';

const API_KEY = 'ZGlqa3dhY2h0OnNlY3JldA==';
const context = () => pollContext();

function logLine(
  minutesAgo: number,
  status: number,
  index = 'logs-backend-2026.11.28',
): ElasticsearchDocument {
  const timestamp = new Date(NOW.getTime() - minutesAgo * MINUTE);
  return {
    index,
    timestamp,
    fields: { 'http.response.status_code': status, 'service.name': 'backend' },
  };
}

async function pollQueries(server: ElasticsearchServerWithFaults, overrides = {}) {
  const client = createElasticsearchClient(
    esConfig(server.url, { apiKey: secret(API_KEY), ...overrides }),
  );
  const signals: SourceSignals = await client.poll(context());
  assert.equal(signals.kind, 'elasticsearch');
  return signals.kind === 'elasticsearch' ? signals.queries : [];
}

async function pollError(poll: () => Promise<unknown>): Promise<SourceError> {
  const error = await poll().then(
    () => assert.fail('the poll should have failed'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof SourceError, `not a SourceError: ${String(error)}`);
  return error;
}

describe('the Elasticsearch client against the loopback server', () => {
  let server: ElasticsearchServerWithFaults;
  before(async () => {
    server = await startElasticsearchServerWithFaults({
      apiKey: API_KEY,
      clock: new FakeClock(NOW),
    });
  });
  after(() => server.close());
  beforeEach(() => {
    server.clearFaults();
    server.clearRequests();
    server.removeDocumentsBefore(new Date(8.64e15));
  });

  it('counts the matching documents of the window, per minute without gaps', async () => {
    server.addDocuments([
      logLine(0.2, 500),
      logLine(1, 503),
      logLine(1.1, 200), // outside the query
      logLine(14.9, 502),
      logLine(15.1, 500), // before the window
      logLine(-0.5, 500), // at or after now: the window's end is exclusive
      logLine(3, 500, 'logs-frontend-2026.11.28'), // another index
    ]);
    const [result] = await pollQueries(server);
    assert.ok(result);
    assert.equal(result.count, 3);
    assert.equal(result.degraded, false);
    assert.equal(result.from, '2026-11-28T08:45:30.000Z');
    assert.equal(result.histogram.length, 16); // 08:45 … 09:00, both partial minutes included
    assert.equal(result.histogram.filter((point) => point.count > 0).length, 3);
    assert.equal(
      result.histogram.reduce((sum, point) => sum + point.count, 0),
      result.count,
    );
  });

  it('asks with the documented request and credentials', async () => {
    server.addDocuments([logLine(1, 500)]);
    await pollQueries(server);
    const [request] = server.requests();
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/logs-backend-*/_search');
    assert.equal(request?.query.get('ignore_unavailable'), 'true');
    assert.equal(request?.headers.authorization, `ApiKey ${API_KEY}`);
    assert.equal(request?.headers['content-type'], 'application/json');
    assert.equal(JSON.parse(request?.body ?? '{}').track_total_hits, true);
  });

  it('counts exactly above 10,000', async () => {
    server.addDocuments(
      Array.from({ length: 25_000 }, (_, n) => logLine((1 + (n % 899)) / 60, 500)),
    );
    const [result] = await pollQueries(server, { timeout: 5000 });
    assert.equal(result?.count, 25_000);
    assert.equal(result?.degraded, false);
  });

  it('answers every configured query, in order', async () => {
    server.addDocuments([logLine(1, 500), logLine(2, 404)]);
    const queries = [
      esQuery({ id: 'five-hundreds' }),
      esQuery({ id: 'all', query: '*', window: 5 * MINUTE }),
      esQuery({ id: 'not-found', query: 'http.response.status_code:404 AND service.name:backend' }),
    ];
    const results = await pollQueries(server, { queries });
    assert.deepEqual(
      results.map((result) => [result.id, result.count, result.histogram.length]),
      [
        ['five-hundreds', 1, 16],
        ['all', 2, 6],
        ['not-found', 1, 16],
      ],
    );
  });

  it('accepts Basic credentials', async () => {
    const basic = await startElasticsearchServerWithFaults({
      basicAuth: { username: 'dw', password: 'pw' },
    });
    try {
      const results = await pollQueries(basic, {
        apiKey: undefined,
        username: 'dw',
        password: secret('pw'),
      });
      assert.equal(results[0]?.count, 0);
    } finally {
      await basic.close();
    }
  });

  it('reports a timed-out search or failed shards as degraded results, not errors', async () => {
    server.addDocuments([logLine(1, 500)]);
    server.injectFault({ kind: 'timed-out' }, { times: 1 });
    const [timedOut] = await pollQueries(server);
    assert.equal(timedOut?.degraded, true);
    assert.match(timedOut?.degradedReason ?? '', /timed out/);
    server.injectFault({ kind: 'failed-shards', failed: 2 }, { times: 1 });
    const [partial] = await pollQueries(server);
    assert.match(
      partial?.degradedReason ?? '',
      /^2 of 3 shards failed \(node_not_connected_exception/,
    );
  });

  it('reports a pattern that matches no index as degraded, a missing concrete index as not found', async () => {
    const [none] = await pollQueries(server, { queries: [esQuery({ index: 'nothing-*' })] });
    assert.equal(none?.count, 0);
    assert.equal(none?.degradedReason, 'no index matches "nothing-*"');
    const client = createElasticsearchClient(
      esConfig(server.url, { apiKey: secret(API_KEY), queries: [esQuery({ index: 'logz' })] }),
    );
    const error = await pollError(() => client.poll(context()));
    assert.equal(error.category, 'not-found');
    assert.equal(
      error.detail,
      'query backend-5xx: HTTP 404: index_not_found_exception: no such index [logz]',
    );
  });

  it('says in words why Elasticsearch refused a query', async () => {
    const client = createElasticsearchClient(
      esConfig(server.url, {
        apiKey: secret(API_KEY),
        queries: [esQuery({ query: 'status:[500 TO' })],
      }),
    );
    const error = await pollError(() => client.poll(context()));
    assert.equal(error.category, 'bad-request');
    assert.match(
      error.detail,
      /^query backend-5xx: HTTP 400: search_phase_execution_exception: all shards failed \(query_shard_exception: Failed to parse query \[status:\[500 TO\]/,
    );
  });

  it('backs off after 429 and recovers', async () => {
    const client = createElasticsearchClient(esConfig(server.url, { apiKey: secret(API_KEY) }));
    server.injectFault({ kind: 'rejected' }, { times: 2 });
    const first = await pollError(() => client.poll(context()));
    assert.equal(first.category, 'rate-limited');
    assert.match(first.detail, /es_rejected_execution_exception: rejected execution/);
    assert.equal(first.retryAfterMs, 60_000); // twice the 30 s interval
    const second = await pollError(() => client.poll(context()));
    assert.equal(second.retryAfterMs, 120_000);
    const signals = await client.poll(context());
    assert.equal(signals.kind, 'elasticsearch');
    server.injectFault({
      kind: 'rejected',
      type: 'circuit_breaking_exception',
      retryAfterSeconds: 7,
    });
    const breaker = await pollError(() => client.poll(context()));
    assert.match(breaker.detail, /circuit_breaking_exception: \[parent\] Data too large/);
    assert.equal(breaker.retryAfterMs, 7000, 'Retry-After wins over our own backoff');
  });

  const faults: [
    string,
    Parameters<ElasticsearchServerWithFaults['injectFault']>[0],
    SourceErrorCategory,
    RegExp,
  ][] = [
    [
      'a proxy’s HTML 500',
      { kind: 'html-500' },
      'server-error',
      /HTTP 500: 500 Internal Server Error/,
    ],
    ['truncated JSON', { kind: 'truncated' }, 'bad-payload', /not valid JSON/],
    ['a server that never answers', { kind: 'hang' }, 'timeout', /within 500 ms/],
    ['a slow drip', { kind: 'slow-drip' }, 'timeout', /body was still arriving/],
    [
      '401',
      { kind: 'unauthorized' },
      'wrong-credentials',
      /security_exception: unable to authenticate/,
    ],
    [
      '403',
      { kind: 'forbidden' },
      'no-permission',
      /security_exception: action \[indices:data\/read\/search\]/,
    ],
  ];
  for (const [name, fault, category, detail] of faults) {
    it(`maps ${name} to ${category} within the deadline`, async () => {
      server.injectFault(fault);
      const started = performance.now();
      const error = await pollError(() => pollQueries(server));
      assert.equal(error.category, category);
      assert.match(error.detail, detail);
      assert.ok(performance.now() - started < 1000, 'the poll outlived its 500 ms deadline');
    });
  }

  it('treats a wrong API key as wrong credentials', async () => {
    const error = await pollError(() => pollQueries(server, { apiKey: secret('wrong') }));
    assert.equal(error.category, 'wrong-credentials');
  });

  it('with no queries, still asks the cluster each poll, so a wrong key reads as one', async () => {
    assert.deepEqual(await pollQueries(server, { queries: [] }), []);
    assert.deepEqual(
      server.requests().map((request) => `${request.method} ${request.path}`),
      ['GET /'],
    );
    const error = await pollError(() =>
      pollQueries(server, { queries: [], apiKey: secret('wrong') }),
    );
    assert.equal(error.category, 'wrong-credentials');
  });

  it('with no queries, fails against a closed port instead of reading ok', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const client = createElasticsearchClient(esConfig(url, { queries: [] }));
    const error = await pollError(() => client.poll(context()));
    assert.equal(error.category, 'unreachable');
  });

  it('passes a shutdown abort through as is', async () => {
    server.injectFault({ kind: 'hang' });
    const controller = new AbortController();
    const client = createElasticsearchClient(esConfig(server.url, { apiKey: secret(API_KEY) }));
    const poll = client.poll(pollContext(controller.signal));
    controller.abort(new Error('shutting down'));
    await assert.rejects(poll, /shutting down/);
  });
});
