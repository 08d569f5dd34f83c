import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import type { HttpResponse } from './http-request.ts';
import { describeErrorBody, errorForStatus, parseJsonBody, validatePayload } from './responses.ts';
import { fullJitterBackoffMs } from './backoff.ts';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.ts';

const NOW = new Date('2026-11-28T12:00:00Z');
const response = (
  status: number,
  body: string,
  headers: Record<string, string> = {},
): HttpResponse => ({ status, body, headers: new Headers(headers), bytes: body.length });

describe('errorForStatus', () => {
  const table: [number, string][] = [
    [401, 'wrong-credentials'],
    [403, 'no-permission'],
    [404, 'not-found'],
    [410, 'not-found'],
    [400, 'bad-request'],
    [429, 'rate-limited'],
    [500, 'server-error'],
    [503, 'server-error'],
  ];
  for (const [status, category] of table) {
    it(`HTTP ${status} → ${category}`, () =>
      assert.equal(errorForStatus(response(status, ''), NOW).category, category));
  }

  it('carries Retry-After on 429 and 503', () => {
    assert.equal(
      errorForStatus(response(429, '', { 'retry-after': '30' }), NOW).retryAfterMs,
      30_000,
    );
    assert.equal(
      errorForStatus(response(503, '', { 'retry-after': 'Sat, 28 Nov 2026 12:01:00 GMT' }), NOW)
        .retryAfterMs,
      60_000,
    );
  });
});

describe('describeErrorBody', () => {
  const table: [string, string, string][] = [
    [
      'TOPdesk',
      '[{"message":"The supplied credentials are not valid."}]',
      'The supplied credentials are not valid.',
    ],
    ['TOPdesk components', '{"errors":[{"errorMessage":"Field is invalid"}]}', 'Field is invalid'],
    [
      'Elasticsearch',
      '{"error":{"root_cause":[],"type":"index_not_found_exception","reason":"no such index [x]"},"status":404}',
      'index_not_found_exception: no such index [x]',
    ],
    ['StatusCake', '{"message":"Bad request","errors":{"limit":["too big"]}}', 'Bad request'],
    ['Alertmanager', '"bad matcher format"', 'bad matcher format'],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>', '502 Bad Gateway'],
    ['nothing', '   ', ''],
  ];
  for (const [who, body, expected] of table)
    it(`reads ${who}`, () => assert.equal(describeErrorBody(body), expected));

  it('keeps it to 200 characters', () =>
    assert.equal(describeErrorBody('x'.repeat(5000)).length, 200));
});

describe('parseJsonBody and validatePayload', () => {
  it('parses JSON', () => assert.deepEqual(parseJsonBody(response(200, '[1]')), [1]));
  it('says HTML instead of JSON', () =>
    assert.throws(() => parseJsonBody(response(200, '<!doctype html>')), /HTML instead of JSON/));
  it('says an empty body is not JSON', () =>
    assert.throws(() => parseJsonBody(response(200, '')), /not valid JSON \(empty\)/));
  it('says cut-off JSON is not JSON', () =>
    assert.throws(() => parseJsonBody(response(200, '[{"a":')), /cut off or garbled/));
  it('names the first wrong path of an unexpected shape', () =>
    assert.throws(
      () =>
        validatePayload(
          z.array(z.object({ id: z.string() })),
          [{ id: 'a' }, { id: 3 }],
          'the page',
        ),
      /the page has an unexpected shape at \[1\]\.id/,
    ));
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => assert.equal(parseRetryAfter('120', NOW), 120_000));
  it('reads an HTTP-date', () =>
    assert.equal(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', NOW), 30_000));
  it('takes a date in the past as now', () =>
    assert.equal(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', NOW), 0));
  it('clamps to an hour', () => assert.equal(parseRetryAfter('999999', NOW), MAX_RETRY_AFTER_MS));
  it('ignores nonsense', () => {
    for (const value of [null, '', 'soon', '-5']) assert.equal(parseRetryAfter(value, NOW), null);
  });
});

describe('fullJitterBackoffMs', () => {
  it('stays within [0, min(cap, base·2^attempt)]', () => {
    assert.equal(
      fullJitterBackoffMs(0, 1_000, 60_000, () => 0),
      0,
    );
    assert.equal(
      fullJitterBackoffMs(3, 1_000, 60_000, () => 0.5),
      4_000,
    );
    assert.equal(
      fullJitterBackoffMs(20, 1_000, 60_000, () => 0.5),
      30_000,
    );
  });
});
