import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { esConfig, esQuery, MINUTE, NOW, secret } from './testing/fixtures.ts';
import { authorizationHeader, queryWindow, searchBody, searchPath } from './search-request.ts';

describe('the Elasticsearch search request', () => {
  it('counts exactly over [now − window, now) with a gap-free minute histogram', () => {
    const window = queryWindow(NOW, 15 * MINUTE);
    assert.deepEqual(searchBody(esQuery(), window, 8000), {
      size: 0,
      track_total_hits: true,
      timeout: '8000ms',
      query: {
        bool: {
          filter: [
            { query_string: { query: 'http.response.status_code:[500 TO 599]' } },
            {
              range: {
                '@timestamp': {
                  gte: '2026-11-28T08:45:30.000Z',
                  lt: '2026-11-28T09:00:30.000Z',
                  format: 'strict_date_optional_time',
                },
              },
            },
          ],
        },
      },
      aggs: {
        per_minute: {
          date_histogram: {
            field: '@timestamp',
            fixed_interval: '1m',
            min_doc_count: 0,
            extended_bounds: { min: window.fromMs, max: window.toMs - 1 },
          },
        },
      },
    });
  });

  it('uses the configured time field for the range and the histogram', () => {
    const body = searchBody(esQuery({ timeField: 'event.created' }), queryWindow(NOW, MINUTE), 10);
    const text = JSON.stringify(body);
    assert.match(text, /"range":\{"event.created"/);
    assert.match(text, /"field":"event.created"/);
  });

  it('asks for no histogram over windows longer than a day', () => {
    const body = searchBody(esQuery(), queryWindow(NOW, 25 * 60 * MINUTE), 10) as object;
    assert.equal('aggs' in body, false);
  });

  it('lets a wildcard match nothing, but not a concrete index name', () => {
    assert.equal(
      searchPath('logs-backend-*'),
      '/logs-backend-*/_search?ignore_unavailable=true&allow_no_indices=true',
    );
    assert.equal(searchPath('logs'), '/logs/_search');
    assert.equal(searchPath('a,b/../_all?x'), '/a%2Cb%2F..%2F_all%3Fx/_search');
  });

  it('sends the encoded API key as given, or Basic credentials, or nothing', () => {
    assert.equal(
      authorizationHeader(esConfig('x', { apiKey: secret('aWQ6a2V5') })),
      'ApiKey aWQ6a2V5',
    );
    const basic = esConfig('x', { username: 'dijkwacht', password: secret('pä:ss') });
    assert.equal(
      authorizationHeader(basic),
      `Basic ${Buffer.from('dijkwacht:pä:ss').toString('base64')}`,
    );
    assert.equal(authorizationHeader(esConfig('x')), null);
  });
});
