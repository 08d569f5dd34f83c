import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it, type TestContext } from 'node:test';
import { SecretValue } from '../../../shared/config/secret.ts';
import { formatTopdeskDate } from '../../simulator/topdesk/json.ts';
import { systemClock } from '../../time/clock.ts';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import { SourceError } from '../source-error.ts';
import { fetchAllIncidents, type PagingLimits } from './fetch-all-incidents.ts';
import { startPollBudget } from './poll-budget.ts';

/** A misbehaving server the simulator will not be: it answers every request with `answer`. */
async function cannedServer(t: TestContext, answer: (pageStart: number) => [number, unknown[]]) {
  const server = createServer((req, res) => {
    const pageStart = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('pageStart'));
    const [status, rows] = answer(pageStart);
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(rows));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const port = (server.address() as AddressInfo).port;
  const connection = {
    baseUrl: `http://127.0.0.1:${port}`,
    username: 'u',
    password: new SecretValue('p', 'test'),
    maxPageBytes: 1_000_000,
  };
  return (limits: Partial<PagingLimits> = {}) =>
    fetchAllIncidents(connection, 'closed==false', {
      pageSize: 2,
      maxRows: 1000,
      budget: startPollBudget(systemClock, 5_000, 1_000),
      signal: new AbortController().signal,
      now: new Date(systemClock.now()),
      ...limits,
    });
}

function incident(n: number) {
  const date = formatTopdeskDate(Date.UTC(2026, 10, 28, 8, n));
  return {
    id: `id-${n}`,
    number: `I ${n}`,
    briefDescription: '',
    callDate: date,
    modificationDate: date,
    closed: false,
    completed: false,
    majorCall: false,
  };
}

async function sourceError(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
  return error;
}

describe('fetchAllIncidents guards', () => {
  it('stops a server that ignores pageStart instead of looping on page 0', async (t) => {
    const fetchAll = await cannedServer(t, () => [206, [incident(1), incident(2)]]);
    const error = await sourceError(fetchAll());
    assert.equal(error.category, 'bad-payload');
    assert.match(error.detail, /ignore pageStart/);
  });

  it('refuses a 206 with an empty page', async (t) => {
    const fetchAll = await cannedServer(t, (start) =>
      start === 0 ? [206, [incident(1)]] : [206, []],
    );
    assert.match(
      (await sourceError(fetchAll())).detail,
      /HTTP 206 \(more pages\) with an empty page at 1/,
    );
  });

  it('bounds how many incidents one read may hold', async (t) => {
    const fetchAll = await cannedServer(t, (start) => [
      206,
      [incident(start), incident(start + 1)],
    ]);
    assert.match((await sourceError(fetchAll({ maxRows: 5 }))).detail, /more than 5 incidents/);
  });

  it('ends the read when the poll budget is spent', async (t) => {
    const fetchAll = await cannedServer(t, (start) => [
      206,
      [incident(start), incident(start + 1)],
    ]);
    const error = await sourceError(
      fetchAll({ budget: startPollBudget(new FakeClock(), 0, 1_000) }),
    );
    assert.equal(error.category, 'timeout');
    assert.match(error.detail, /did not finish within 0 ms \(0 pages read\)/);
  });

  it('keeps the later state of a row that moved to a later page while paging', async (t) => {
    const moved = { ...incident(1), briefDescription: 'changed' };
    const fetchAll = await cannedServer(t, (start) =>
      start === 0 ? [206, [incident(1), incident(2)]] : [200, [incident(3), moved]],
    );
    const rows = await fetchAll();
    assert.deepEqual([...rows.keys()], ['id-1', 'id-2', 'id-3']);
    assert.equal(rows.get('id-1')?.briefDescription, 'changed');
  });
});
