import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFiql } from '../../simulator/topdesk/fiql.ts';
import {
  apiBase,
  incidentsUrl,
  modifiedSinceQuery,
  openOrCalledSinceQuery,
} from './incident-query.ts';

const SINCE = new Date('2026-11-28T05:00:20.456Z');

describe('FIQL queries', () => {
  it('asks for open incidents or those called in after the lookback start', () => {
    assert.equal(
      openOrCalledSinceQuery(SINCE),
      '(closed==false,callDate=gt=2026-11-28T05:00:20+0000)',
    );
  });

  it('asks for every incident modified after the cursor, whatever its state', () => {
    assert.equal(modifiedSinceQuery(SINCE), 'modificationDate=gt=2026-11-28T05:00:20+0000');
  });

  it('writes queries the documented FIQL grammar accepts', () => {
    assert.deepEqual(parseFiql(openOrCalledSinceQuery(SINCE)), {
      kind: 'or',
      items: [
        { kind: 'compare', selector: 'closed', op: '==', value: 'false' },
        { kind: 'compare', selector: 'callDate', op: '=gt=', value: '2026-11-28T05:00:20+0000' },
      ],
    });
  });
});

describe('incidentsUrl', () => {
  const url = incidentsUrl('https://example.topdesk.net', {
    query: openOrCalledSinceQuery(SINCE),
    pageStart: 2000,
    pageSize: 1000,
  });

  it('percent-encodes the whole query value, + as %2B', () => {
    const raw = /[?&]query=([^&]*)/.exec(url)?.[1] ?? '';
    assert.equal(raw, '(closed%3D%3Dfalse%2CcallDate%3Dgt%3D2026-11-28T05%3A00%3A20%2B0000)');
    assert.doesNotMatch(raw, /[+;,= ]/);
  });

  it('decodes back to the exact query, where a bare + would have become a space', () => {
    const params = new URL(url).searchParams;
    assert.equal(params.get('query'), openOrCalledSinceQuery(SINCE));
    const careless = url.replace('%2B', '+');
    assert.match(new URL(careless).searchParams.get('query') ?? '', /05:00:20 0000/);
  });

  it('uses the new paging parameters only, with the fields the ticket needs and a sort', () => {
    const params = new URL(url).searchParams;
    assert.equal(params.get('pageStart'), '2000');
    assert.equal(params.get('pageSize'), '1000');
    assert.equal(params.get('start'), null);
    assert.equal(params.get('page_size'), null);
    assert.equal(params.get('sort'), 'modificationDate:asc');
    assert.equal(
      params.get('fields'),
      'id,number,briefDescription,category,subcategory,priority,operatorGroup,processingStatus,callDate,modificationDate,closed,completed,majorCall',
    );
    assert.ok(url.startsWith('https://example.topdesk.net/tas/api/incidents?'));
  });
});

describe('apiBase', () => {
  const cases: [string, string][] = [
    ['https://x.topdesk.net', 'https://x.topdesk.net/tas/api'],
    ['https://x.topdesk.net/', 'https://x.topdesk.net/tas/api'],
    ['https://x.topdesk.net/tas/', 'https://x.topdesk.net/tas/api'],
    ['https://x.topdesk.net/tas/api', 'https://x.topdesk.net/tas/api'],
    ['https://x.example/topdesk/tas/api/', 'https://x.example/topdesk/tas/api'],
  ];
  for (const [input, base] of cases)
    it(`${input} → ${base}`, () => assert.equal(apiBase(input), base));
});
