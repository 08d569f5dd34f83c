import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import type { SourceSignals, Ticket } from '../../../shared/signals/signals.ts';
import type { TopdeskServerOptions } from '../../simulator/topdesk/server.ts';
import { createTopdeskClient, type TopdeskClientOptions } from './client.ts';
import { pollContext, queryOf, startServer, testClock, topdeskConfig } from './testing/fixtures.ts';

const HOUR = 3_600_000;

async function setup(
  t: TestContext,
  server: TopdeskServerOptions = {},
  client: TopdeskClientOptions = {},
) {
  const clock = testClock();
  const topdesk = await startServer(clock, server);
  t.after(() => topdesk.close());
  const source = createTopdeskClient(topdeskConfig(topdesk.url), client);
  const poll = async () => ticketsOf(await source.poll(pollContext(clock)));
  return { clock, topdesk, poll };
}

function ticketsOf(signals: SourceSignals): readonly Ticket[] {
  assert.equal(signals.kind, 'topdesk');
  return signals.kind === 'topdesk' ? signals.tickets : [];
}

const pageStarts = (urls: readonly { url: string }[]) =>
  urls.map(({ url }) => new URL(url, 'http://x').searchParams.get('pageStart'));

describe('TOPdesk client: full sync', () => {
  it('reads every page: 206 means more, 200 is the last', async (t) => {
    const { topdesk, poll } = await setup(t, {}, { pageSize: 5 });
    const ids = Array.from({ length: 23 }, () => topdesk.incidents.add().id);
    const tickets = await poll();
    assert.deepEqual(new Set(tickets.map((ticket) => ticket.id)), new Set(ids));
    assert.equal(tickets.length, 23);
    assert.deepEqual(pageStarts(topdesk.requests), ['0', '5', '10', '15', '20']);
    assert.deepEqual(
      topdesk.requests.map((r) => r.status),
      [206, 206, 206, 206, 200],
    );
  });

  it('follows a server that caps the page size lower than asked, reading each row once', async (t) => {
    const { topdesk, poll } = await setup(t, { maxPageSize: 7 });
    for (let i = 0; i < 20; i++) topdesk.incidents.add();
    const tickets = await poll();
    assert.equal(tickets.length, 20);
    assert.equal(new Set(tickets.map((ticket) => ticket.id)).size, 20);
    assert.deepEqual(pageStarts(topdesk.requests), ['0', '7', '14']);
    assert.ok(topdesk.requests.every((r) => r.url.includes('pageSize=1000')));
  });

  it('reads 204 as an empty queue, with no body to parse', async (t) => {
    const { topdesk, poll } = await setup(t);
    assert.deepEqual(await poll(), []);
    assert.deepEqual(
      topdesk.requests.map((r) => [r.status, r.bytes]),
      [[204, 0]],
    );
  });

  it('keeps open incidents and those called in within the lookback (default 7 h)', async (t) => {
    const { clock, topdesk, poll } = await setup(t);
    const at = (hoursAgo: number) => new Date(clock.now() - hoursAgo * HOUR);
    const openOld = topdesk.incidents.add({ callDate: at(48) });
    const closedRecent = topdesk.incidents.add({ callDate: at(6.5), closed: true });
    topdesk.incidents.add({ callDate: at(7.5), closed: true });
    const tickets = await poll();
    assert.deepEqual(
      tickets.map((ticket) => ticket.id).sort(),
      [openOld.id, closedRecent.id].sort(),
    );
    assert.equal(
      queryOf(topdesk.requests[0]?.url ?? ''),
      '(closed==false,callDate=gt=2026-11-28T05:00:00+0000)',
    );
  });

  it('converts TOPdesk dates in any offset to UTC', async (t) => {
    const { clock, topdesk, poll } = await setup(t, { utcOffsetMinutes: 60 });
    topdesk.incidents.add({ callDate: new Date(clock.now() - HOUR) });
    const [ticket] = await poll();
    assert.equal(ticket?.callDate, '2026-11-28T11:00:00.000Z');
    assert.equal(ticket?.modificationDate, '2026-11-28T12:00:00.000Z');
  });
});

describe('TOPdesk client: deltas and resync', () => {
  it('asks only for changes after the cursor, and applies them', async (t) => {
    const { clock, topdesk, poll } = await setup(t);
    const old = new Date(clock.now() - 24 * HOUR);
    const changed = topdesk.incidents.add();
    const toClose = topdesk.incidents.add({ callDate: old });
    const toCloseRecent = topdesk.incidents.add();
    const untouched = topdesk.incidents.add();
    await poll();
    clock.advance(60_000);
    topdesk.incidents.update(changed.id, { priority: 'P1 - Critical' });
    topdesk.incidents.close(toClose.id);
    topdesk.incidents.close(toCloseRecent.id);
    const created = topdesk.incidents.add();
    topdesk.clearRequests();
    const tickets = await poll();
    assert.equal(topdesk.requests.length, 1);
    assert.equal(
      queryOf(topdesk.requests[0]?.url ?? ''),
      'modificationDate=gt=2026-11-28T11:59:59+0000',
    );
    const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    assert.deepEqual(
      [...byId.keys()].sort(),
      [changed.id, toCloseRecent.id, untouched.id, created.id].sort(),
    );
    assert.equal(byId.get(changed.id)?.priority, 'P1 - Critical');
    assert.equal(
      byId.get(toCloseRecent.id)?.closed,
      true,
      'closed but called in within the lookback',
    );
  });

  it('returns the whole current set on a quiet poll, not just the changes', async (t) => {
    const { clock, topdesk, poll } = await setup(t);
    for (let i = 0; i < 3; i++) topdesk.incidents.add();
    await poll();
    clock.advance(60_000);
    assert.equal((await poll()).length, 3);
  });

  it('moves the cursor to the newest change seen', async (t) => {
    const { clock, topdesk, poll } = await setup(t);
    const incident = topdesk.incidents.add();
    await poll();
    clock.advance(5 * 60_000);
    topdesk.incidents.update(incident.id, { briefDescription: 'changed' });
    await poll();
    clock.advance(60_000);
    await poll();
    assert.equal(
      queryOf(topdesk.requests.at(-1)?.url ?? ''),
      'modificationDate=gt=2026-11-28T12:04:59+0000',
    );
  });

  it('drops a deleted incident at the next full resync', async (t) => {
    const { clock, topdesk, poll } = await setup(t);
    const kept = topdesk.incidents.add();
    const deleted = topdesk.incidents.add();
    await poll();
    topdesk.incidents.remove(deleted.id);
    clock.advance(60_000);
    assert.equal((await poll()).length, 2, 'a delta cannot see a deletion');
    clock.advance(HOUR);
    const tickets = await poll();
    assert.deepEqual(
      tickets.map((ticket) => ticket.id),
      [kept.id],
    );
    assert.match(
      queryOf(topdesk.requests.at(-1)?.url ?? '') ?? '',
      /^\(closed==false,callDate=gt=/,
    );
  });
});
