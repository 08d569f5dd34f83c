import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import { compileFilter, parseFiqlDate } from './fields.ts';
import { BadRequestError, parseFiql } from './fiql.ts';
import { newIncidentRecord } from './incident.ts';
import { DEFAULT_TOPDESK_USER, startTopdeskServer } from './server.ts';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const AUTH = `Basic ${Buffer.from(`${DEFAULT_TOPDESK_USER.loginName}:${DEFAULT_TOPDESK_USER.password}`).toString('base64')}`;

describe('simulator FIQL', () => {
  it('binds ; (and) tighter than , (or), and groups with parentheses', () => {
    const compare = (selector: string) => ({ kind: 'compare', selector, op: '==', value: 'true' });
    assert.deepEqual(parseFiql('a==true;b==true,c==true'), {
      kind: 'or',
      items: [{ kind: 'and', items: [compare('a'), compare('b')] }, compare('c')],
    });
    assert.deepEqual(parseFiql('a==true;(b==true,c==true)'), {
      kind: 'and',
      items: [compare('a'), { kind: 'or', items: [compare('b'), compare('c')] }],
    });
  });

  it('reads quoted values with escapes', () => {
    assert.deepEqual(parseFiql(`caller.name=='John \\'D\\' Doe'`), {
      kind: 'compare',
      selector: 'caller.name',
      op: '==',
      value: "John 'D' Doe",
    });
  });

  for (const bad of [
    'closed==',
    'closed=false',
    '(closed==false',
    'callDate=gt=2026-11-28T05:00:00 0000',
    'a==1;',
  ]) {
    it(`refuses ${bad}`, () => assert.throws(() => parseFiql(bad), BadRequestError));
  }

  it('compares dates in any documented offset form', () => {
    const expected = Date.UTC(2026, 10, 28, 5);
    for (const text of [
      '2026-11-28T05:00:00Z',
      '2026-11-28T06:00:00+0100',
      '2026-11-28T06:00:00+01:00',
    ]) {
      assert.equal(parseFiqlDate(text), expected);
    }
    assert.throws(() => parseFiqlDate('2026-11-28'), BadRequestError);
  });

  it('filters incidents on booleans, dates and reference names', () => {
    const open = newIncidentRecord({ priority: 'P1' }, NOW);
    const closed = newIncidentRecord(
      { closed: true, callDate: new Date('2026-11-28T04:00:00Z') },
      NOW,
    );
    const filter = compileFilter(
      parseFiql('(closed==false,callDate=gt=2026-11-28T05:00:00Z);priority.name==P1'),
    );
    assert.deepEqual([open, closed].map(filter), [true, false]);
    assert.throws(() => compileFilter(parseFiql('nope==1')), /Unknown field/);
    assert.throws(
      () => compileFilter(parseFiql('number=gt=1')),
      /only available for numeric and date/,
    );
  });
});

describe('simulator server', () => {
  async function server(t: TestContext) {
    const topdesk = await startTopdeskServer({ clock: new FakeClock(NOW) });
    t.after(() => topdesk.close());
    const get = (path: string, authorization = AUTH) =>
      fetch(`${topdesk.url}${path}`, { headers: { authorization } });
    return { topdesk, get };
  }

  it('answers /version and checks Basic auth', async (t) => {
    const { get } = await server(t);
    assert.deepEqual(await (await get('/tas/api/version')).json(), { version: '3.7.0' });
    const refused = await get('/tas/api/version', 'Basic eDp5');
    assert.equal(refused.status, 401);
    assert.deepEqual(await refused.json(), [
      { message: 'The supplied credentials are not valid.' },
    ]);
  });

  it('pages 10 rows by default, with 206 then 200, dates in +0000 and only the asked fields', async (t) => {
    const { topdesk, get } = await server(t);
    for (let i = 0; i < 12; i++) topdesk.incidents.add();
    const first = await get('/tas/api/incidents');
    assert.equal(first.status, 206);
    assert.equal(((await first.json()) as unknown[]).length, 10);
    const last = await get('/tas/api/incidents?pageStart=10&fields=id,callDate');
    assert.equal(last.status, 200);
    const rows = (await last.json()) as Record<string, unknown>[];
    assert.deepEqual(Object.keys(rows[0] ?? {}), ['id', 'callDate']);
    assert.equal(rows[0]?.callDate, '2026-11-28T12:00:00.000+0000');
    assert.equal((await get('/tas/api/incidents?pageStart=12')).status, 204);
  });

  it('answers a bad query or page size with 400 and a message', async (t) => {
    const { get } = await server(t);
    const bad = await get('/tas/api/incidents?query=callDate=gt=2026-11-28T05:00:00+0000');
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(await bad.json()), /Invalid FIQL query/);
    assert.equal((await get('/tas/api/incidents?pageSize=0')).status, 400);
  });

  it('records each request with its status and body bytes', async (t) => {
    const { topdesk, get } = await server(t);
    await (await get('/tas/api/version')).text();
    assert.deepEqual(
      topdesk.requests.map(({ method, url, status, bytes }) => ({ method, url, status, bytes })),
      [{ method: 'GET', url: '/tas/api/version', status: 200, bytes: 19 }],
    );
  });
});
