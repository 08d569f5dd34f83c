import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { DEFAULT_WALL_SETTINGS, type WarRoomState } from '../../shared/ipc/contract.ts';
import { createInvokeDispatcher } from '../../shared/ipc/dispatch.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { StoreOpenError } from '../../shared/timeline/timeline-store.ts';
import type { Publication } from '../../shared/timeline/war-room.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { openSqliteStore } from '../timeline/sqlite/open-sqlite.ts';
import { startSeatServices, type SeatServices } from './seat-services.ts';
import { emptyCharts, waitingSnapshot } from './seat/waiting-snapshot.ts';
import { FakeSharedStore } from './testing/fake-shared-store.ts';

const HOLDER = {
  id: 'host-a:4242:1',
  pid: 4242,
  host: 'host-a',
  startedAt: '2026-11-29T07:00:00.000Z',
  label: 'dijkwacht collect',
};
const config = (() => {
  const parsed = parseConfigText('', { fileName: 'seat', env: {} });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
})();

/** What a collector publishes at `now`: every domain ok, one ok source. */
function publication(now: Date): Publication {
  const snapshot = waitingSnapshot(defaultPlaybook, config, now, false);
  return {
    snapshot: {
      ...snapshot,
      domains: snapshot.domains.map((domain) => ({ ...domain, status: 'ok' as const })),
      sources: [
        {
          id: 'topdesk',
          kind: 'topdesk',
          health: 'ok',
          lastSuccessAt: now.toISOString(),
          error: null,
          nextPollAt: null,
        },
      ],
    },
    charts: emptyCharts(now),
    info: {
      title: 'Uitrol',
      timezone: 'Europe/Amsterdam',
      demo: false,
      wall: DEFAULT_WALL_SETTINGS,
    },
    playbook: defaultPlaybook,
  };
}

const greens = (snapshot: Snapshot) =>
  snapshot.domains.filter((domain) => domain.status === 'ok').length +
  snapshot.sources.filter((source) => source.health === 'ok').length;

interface World {
  readonly clock: FakeClock;
  readonly store: FakeSharedStore;
  readonly seat: SeatServices;
  readonly snapshots: Snapshot[];
  readonly states: WarRoomState[];
  readonly events: TimelineEvent[];
  readonly logged: string[];
  /** Lets the seat's promises (the store's answers) run. */
  settle(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A seat on a fake shared store; `opens` decides each attempt to open it (default: it opens). */
async function seatWorld(opens: (attempt: number) => Error | null = () => null): Promise<World> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-seat-test-'));
  const clock = new FakeClock('2026-11-29T08:00:00.000Z');
  const inner = await openSqliteStore(path.join(dir, 'timeline.sqlite'), { create: true, clock });
  const store = new FakeSharedStore(inner, clock);
  let attempt = 0;
  const logged: string[] = [];
  const seat = await startSeatServices({
    version: 'test',
    config,
    contacts: [],
    configFile: null,
    playbook: defaultPlaybook,
    location: store.location,
    openStore: async () => {
      const refusal = opens(attempt++);
      if (refusal) throw refusal;
      return store;
    },
    dataDir: dir,
    chooseExportFile: async (name) => path.join(dir, name),
    clock,
    retryMs: 1_000,
    log: (line) => logged.push(line),
  });
  const snapshots: Snapshot[] = [];
  const states: WarRoomState[] = [];
  const events: TimelineEvent[] = [];
  seat.collector.subscribe((snapshot) => snapshots.push(snapshot));
  seat.warRoom.subscribe((state) => states.push(state));
  seat.keeper.subscribe((appended) => events.push(...appended));
  cleanups.push(async () => {
    await seat.stop();
    await inner.close();
    await rm(dir, { recursive: true, force: true });
  });
  const settle = async () => {
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  await settle();
  return { clock, store, seat, snapshots, states, events, logged, settle };
}

describe('a seat of the shared war room', () => {
  it('waits for a collector: every domain unknown, no sources, and says so', async () => {
    const world = await seatWorld();
    const snapshot = await world.seat.handlers['snapshot:get'](undefined);
    assert.equal(snapshot.sources.length, 0);
    assert.deepEqual(
      new Set(snapshot.domains.map((domain) => domain.status)),
      new Set(['unknown']),
    );
    assert.equal(snapshot.domains.length, defaultPlaybook.domains.length);
    const state = await world.seat.handlers['warroom:get'](undefined);
    assert.deepEqual(state, {
      role: 'seat',
      store: 'dijkwacht@db:5432/warroom',
      connected: true,
      since: null,
      collector: null,
      problem: 'no-collector',
      error: null,
    });
  });

  it('shows what the collector published, at once, with its title', async () => {
    const world = await seatWorld();
    await world.store.publish(publication(new Date(world.clock.now())), HOLDER);
    await world.settle();
    assert.equal(greens(world.snapshots.at(-1)!), defaultPlaybook.domains.length + 1);
    const state = await world.seat.handlers['warroom:get'](undefined);
    assert.equal(state.problem, null);
    assert.deepEqual(state.collector, { label: 'dijkwacht collect', host: 'host-a' });
    assert.equal((await world.seat.handlers['app:info'](undefined)).title, 'Uitrol');
    // Every answer holds to the contract, as main's dispatcher checks it.
    const dispatch = createInvokeDispatcher(world.seat.handlers);
    for (const channel of [
      'app:info',
      'snapshot:get',
      'charts:get',
      'sources:detail',
      'warroom:get',
    ])
      await dispatch(channel, undefined);
  });

  it('greys everything once the collector is silent for 15 s by the server’s clock', async () => {
    const world = await seatWorld();
    const publishedAt = new Date(world.clock.now());
    await world.store.publish(publication(publishedAt), HOLDER);
    await world.settle();
    world.clock.advance(10_000);
    await world.seat.refresh();
    assert.equal(world.states.at(-1)?.problem, null, 'not silent yet at 10 s');
    world.clock.advance(6_000);
    await world.seat.refresh();
    const state = world.states.at(-1)!;
    assert.equal(state.problem, 'collector-silent');
    assert.equal(state.since, publishedAt.toISOString());
    assert.equal(state.connected, true);
    assert.equal(greens(world.snapshots.at(-1)!), 0, 'no green survives a silent collector');
    // The collector's own time stays on it: viewers see its age too.
    assert.equal(world.snapshots.at(-1)!.generatedAt, publishedAt.toISOString());
  });

  it('greys everything when the database is lost, says since when, and re-reads on reconnect', async () => {
    const world = await seatWorld();
    await world.store.publish(publication(new Date(world.clock.now())), HOLDER);
    await world.settle();
    world.clock.advance(2_000);
    world.store.goDown('connection reset');
    const lost = world.states.at(-1)!;
    assert.equal(lost.connected, false);
    assert.equal(lost.problem, 'disconnected');
    assert.equal(lost.since, new Date(world.clock.now()).toISOString());
    assert.match(lost.error ?? '', /dijkwacht@db:5432\/warroom: connection reset/);
    assert.equal(greens(world.snapshots.at(-1)!), 0);
    // A heartbeat while down keeps it so, and still pushes the (greyed) snapshot.
    const pushed = world.snapshots.length;
    await world.seat.refresh();
    assert.equal(world.snapshots.length, pushed + 1);
    assert.equal(greens(world.snapshots.at(-1)!), 0);

    // Meanwhile another seat wrote a note and the collector published again.
    world.store.comeBack();
    await world.settle();
    await world.seat.handlers['operator:set']({ name: 'Anna' });
    await world.seat.handlers['action:log']({
      kind: 'note',
      text: 'Persbericht om 15:00',
      domain: null,
    });
    await world.settle();
    assert.deepEqual(
      world.events.map((event) => event.summary),
      ['Persbericht om 15:00'],
    );
    await world.store.publish(publication(new Date(world.clock.now())), HOLDER);
    await world.settle();
    const back = world.states.at(-1)!;
    assert.equal(back.connected, true);
    assert.equal(back.problem, null);
    assert.equal(back.since, null);
    assert.ok(greens(world.snapshots.at(-1)!) > 0);
  });

  it('hears what others committed while it was away, once, after the reconnect', async () => {
    const world = await seatWorld();
    world.store.goDown();
    // Written behind the seat's back (the store is down for the seat only in this fake).
    world.store.comeBack();
    const missed = await world.store.append([
      {
        kind: 'note',
        at: new Date(world.clock.now()).toISOString(),
        domain: null,
        source: null,
        actor: 'Bram',
        summary: 'Overleg om 16:00',
        data: {},
      },
    ]);
    await world.settle();
    await world.seat.refresh();
    assert.deepEqual(
      world.events.map((event) => event.seq),
      missed.map((event) => event.seq),
    );
  });

  it('refuses to pause, resume, poll or add a source, naming the collector that does', async () => {
    const world = await seatWorld();
    await world.store.publish(publication(new Date(world.clock.now())), HOLDER);
    await world.settle();
    for (const refused of [
      () => world.seat.handlers['source:pause']({ id: 'topdesk', reason: 'onderhoud' }),
      () => world.seat.handlers['source:resume']({ id: 'topdesk' }),
      () => world.seat.handlers['source:poll-now']({ id: 'topdesk' }),
    ])
      await assert.rejects(refused, {
        message:
          'Deze zitplaats peilt geen bronnen; dat doet de collector (dijkwacht collect op host-a) / This seat does not poll; the collector (dijkwacht collect on host-a) does',
      });
  });

  it('opens its window on a server that is down, says why, and keeps trying until it answers', async () => {
    const refusal = new StoreOpenError(
      'dijkwacht@db:5432/warroom',
      'the server cannot be reached (connection refused: is PostgreSQL running on that port?)',
    );
    const world = await seatWorld((attempt) => (attempt < 2 ? refusal : null));
    const down = await world.seat.handlers['warroom:get'](undefined);
    assert.equal(down.connected, false);
    assert.equal(down.problem, 'disconnected');
    assert.equal(down.error, refusal.message);
    assert.equal(down.since, '2026-11-29T08:00:00.000Z');
    // Writes are refused in one line while it is down.
    await world.seat.handlers['operator:set']({ name: 'Anna' });
    await assert.rejects(
      world.seat.handlers['action:log']({ kind: 'note', text: 'x', domain: null }),
      /Geen verbinding met de gedeelde dijkwacht \(dijkwacht@db:5432\/warroom\)/,
    );
    // 1 s, then 2 s: the third attempt opens it.
    world.clock.advance(1_000);
    await world.settle();
    world.clock.advance(2_000);
    await world.settle();
    const up = await world.seat.handlers['warroom:get'](undefined);
    assert.equal(up.connected, true);
    assert.equal(up.problem, 'no-collector');
    assert.equal(world.logged.length, 2, world.logged.join('\n'));
  });

  it('refuses a store of another schema with a banner, and writes nothing', async () => {
    const refusal = new StoreOpenError(
      'dijkwacht@db:5432/warroom',
      'written by a newer Dijkwacht (schema 3; this build knows 1); not opened, not changed',
      'schema',
    );
    const world = await seatWorld(() => refusal);
    const state = await world.seat.handlers['warroom:get'](undefined);
    assert.equal(state.problem, 'schema');
    assert.equal(state.error, refusal.message);
    await world.seat.handlers['operator:set']({ name: 'Anna' });
    await assert.rejects(
      world.seat.handlers['action:log']({ kind: 'note', text: 'x', domain: null }),
      /schema 3/,
    );
    assert.equal(await world.store.lastSeq(), 0);
  });

  it('waits for a collector when the database has no timeline yet', async () => {
    const refusal = new StoreOpenError(
      'dijkwacht@db:5432/warroom',
      'no Dijkwacht timeline in this database; the collector creates it on its first start',
      'no-timeline',
    );
    const world = await seatWorld(() => refusal);
    const state = await world.seat.handlers['warroom:get'](undefined);
    assert.equal(state.problem, 'no-collector');
  });
});
