import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startElasticsearchServerWithFaults } from './server-with-faults.ts';

describe('faults injected into the Elasticsearch simulator', () => {
  it('are served the given number of times, then the server answers normally', async () => {
    const server = await startElasticsearchServerWithFaults();
    try {
      server.injectFault({ kind: 'rejected', retryAfterSeconds: 3 }, { times: 1 });
      const rejected = await fetch(`${server.url}/_count`);
      assert.equal(rejected.status, 429);
      assert.equal(rejected.headers.get('retry-after'), '3');
      assert.equal(rejected.headers.get('x-elastic-product'), 'Elasticsearch');
      const body = (await rejected.json()) as { error: { type: string } };
      assert.equal(body.error.type, 'es_rejected_execution_exception');
      assert.equal((await fetch(`${server.url}/_count`)).status, 200);
    } finally {
      await server.close();
    }
  });
});
