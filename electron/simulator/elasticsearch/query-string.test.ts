import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseQueryString, type FieldValue } from './query-string.ts';

const documents: Record<string, FieldValue>[] = [
  { 'http.response.status_code': 503, 'service.name': 'backend', message: 'upstream timed out' },
  { 'http.response.status_code': 200, 'service.name': 'backend', message: 'ok' },
  { 'http.response.status_code': 500, 'service.name': 'Portal', 'log.level': 'error' },
];

function matching(query: string): number[] {
  const parsed = parseQueryString(query);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  return documents.flatMap((fields, index) =>
    parsed.value((field) => fields[field], Object.keys(fields)) ? [index] : [],
  );
}

describe('the query_string subset', () => {
  const cases: [string, number[]][] = [
    ['*', [0, 1, 2]],
    ['*:*', [0, 1, 2]],
    ['service.name:backend', [0, 1]],
    ['service.name:portal', [2]],
    ['http.response.status_code:[500 TO 599]', [0, 2]],
    ['http.response.status_code:{500 TO 599]', [0]],
    ['http.response.status_code:[501 TO *]', [0]],
    ['service.name:backend AND http.response.status_code:>=500', [0]],
    ['http.response.status_code:<500', [1]],
    ['service.name:backend AND NOT http.response.status_code:200', [0]],
    ['service.name:backend && message:ok', [1]],
    ['log.level:error OR message:ok', [1, 2]],
    ['log.level:error message:ok', [1, 2]],
    [
      '(service.name:backend OR service.name:portal) AND http.response.status_code:[500 TO 599]',
      [0, 2],
    ],
    ['message:"upstream timed out"', [0]],
    ['service.name:back*', [0, 1]],
    ['log.level:*', [2]],
    ['-log.level:*', [0, 1]],
    ['ok', [1]],
  ];
  for (const [query, expected] of cases) {
    it(`matches ${query}`, () => assert.deepEqual(matching(query), expected));
  }

  it('refuses what it cannot parse, as Elasticsearch words it', () => {
    for (const query of ['status:[500 TO', '(a:b', 'a:b)', 'a AND', '"open']) {
      const parsed = parseQueryString(query);
      assert.equal(parsed.ok, false, query);
      assert.match(parsed.ok ? '' : parsed.error, /^Failed to parse query \[/);
    }
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        const parsed = parseQueryString(query);
        if (parsed.ok) parsed.value((field) => documents[0]?.[field], ['message']);
      }),
      { numRuns: 1000 },
    );
  });
});
