import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { Check } from '../../../shared/signals/signals.ts';
import type { FakeClock } from '../../time/testing/fake-clock.ts';
import { START, virtualClock } from './testing/fixtures.ts';
import { addChecks, periodRequests, startWorld, type World } from './testing/world.ts';

let world: World | null = null;
afterEach(async () => {
  await world?.server.close();
  world = null;
});

async function start(): Promise<World> {
  world = await startWorld({ clock: virtualClock() });
  return world;
}

async function checks(current: World): Promise<readonly Check[]> {
  const signals = await current.poll();
  assert.equal(signals.kind, 'statuscake');
  return signals.kind === 'statuscake' ? signals.checks : [];
}

describe('StatusCake client', () => {
  it('reads every check over several list pages of 100, without uptime', async () => {
    const current = await start();
    addChecks(current.server, 250);
    const found = await checks(current);
    assert.equal(found.length, 250);
    assert.equal(new Set(found.map((check) => check.id)).size, 250);
    assert.deepEqual(
      current.server.requests.map((record) => [record.path, record.status]),
      [1, 2, 3].map((page) => [`/v1/uptime?limit=100&page=${page}&nouptime=true`, 200]),
    );
  });

  it('reads the list again when it changed while being paged', async () => {
    const current = await start();
    addChecks(current.server, 150);
    const metadata = { page: 2, per_page: 100, page_count: 2, total_count: 151 };
    current.server.injectFault({ kind: 'json', body: { data: [], metadata } }, { path: /page=2/ });
    assert.equal((await checks(current)).length, 150);
    assert.equal(current.server.requests.length, 4);
  });

  it('knows from one poll since when a check is down', async () => {
    const current = await start();
    const [up, down] = addChecks(current.server, 2) as [string, string];
    current.server.dataset.setDown(down, START - 4 * 60_000);
    const found = await checks(current);
    assert.deepEqual(
      found.find((check) => check.id === down),
      {
        id: down,
        name: 'check-1',
        url: 'https://site-1.example.nl/health',
        status: 'down',
        paused: false,
        tags: ['prod'],
        checkRateSeconds: 60,
        downSince: new Date(START - 4 * 60_000).toISOString(),
      },
    );
    assert.equal(found.find((check) => check.id === up)?.downSince, null);
    assert.equal(periodRequests(current.server).length, 1);
  });

  it('reads the running period from the newest page, however long the history', async () => {
    const current = await start();
    const [id] = addChecks(current.server, 1) as [string];
    for (let minute = 60; minute > 0; minute -= 2) {
      current.server.dataset.setDown(id, START - minute * 60_000);
      current.server.dataset.setUp(id, START - (minute - 1) * 60_000);
    }
    current.server.dataset.setDown(id, START - 30_000);
    const [check] = await checks(current);
    assert.equal(check?.downSince, new Date(START - 30_000).toISOString());
    assert.equal(periodRequests(current.server).length, 1);
  });

  it('follows the before cursor of links.next, never the link itself', async () => {
    const current = await start();
    const [id] = addChecks(current.server, 1) as [string];
    current.server.dataset.setDown(id, START - 60_000);
    const before = String(START / 1000);
    const ended = {
      created_at: '2026-11-28T09:00:00Z',
      ended_at: '2026-11-28T09:30:00Z',
      status: 'up',
    };
    const next = `https://elsewhere.example/v1/uptime/${id}/periods?before=${before}`;
    current.server.injectFault(
      { kind: 'json', body: { data: [ended], links: { self: 'x', next } } },
      { path: /periods/ },
    );
    const [check] = await checks(current);
    assert.equal(check?.downSince, new Date(START - 60_000).toISOString());
    assert.deepEqual(
      periodRequests(current.server).map((record) => record.path),
      [`/v1/uptime/${id}/periods?limit=10`, `/v1/uptime/${id}/periods?limit=10&before=${before}`],
    );
  });

  it('reports a paused check as paused and reads no periods for it', async () => {
    const current = await start();
    const [id] = addChecks(current.server, 1) as [string];
    current.server.dataset.setDown(id, START - 60_000);
    current.server.dataset.setPaused(id);
    const [check] = await checks(current);
    assert.equal(check?.paused, true);
    assert.equal(check?.status, 'down');
    assert.equal(check?.downSince, null);
    assert.equal(periodRequests(current.server).length, 0);
  });

  it('does not re-read the periods of a check known down, until it comes up and goes down again', async () => {
    const current = await start();
    const [id] = addChecks(current.server, 3) as [string];
    current.server.dataset.setDown(id, START - 60_000);
    await checks(current);
    (current.clock as FakeClock).advance(60_000);
    const [again] = await checks(current);
    assert.equal(again?.downSince, new Date(START - 60_000).toISOString());
    assert.equal(periodRequests(current.server, id).length, 1);
    current.server.dataset.setUp(id, START + 90_000);
    (current.clock as FakeClock).advance(60_000);
    assert.equal((await checks(current))[0]?.downSince, null);
    current.server.dataset.setDown(id, START + 150_000);
    (current.clock as FakeClock).advance(60_000);
    assert.equal((await checks(current))[0]?.downSince, new Date(START + 150_000).toISOString());
    assert.equal(periodRequests(current.server, id).length, 2);
  });

  it('reads an empty account with one request', async () => {
    const current = await start();
    assert.deepEqual(await checks(current), []);
    assert.equal(current.server.requests.length, 1);
  });
});
