import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { SharedStore } from '../../shared/timeline/war-room.ts';
import { systemClock } from '../time/clock.ts';
import { performAction } from './actions.ts';
import type { Collecting } from './collecting.ts';
import { startStandbyCollecting, type StandbyCollecting } from './standby.ts';
import { FakeSharedStore, processView } from './testing/fake-shared-store.ts';
import { RecordedDemo } from './testing/recorded-demo.ts';

// Short enough for quick tests, long enough that a loaded CI machine does not miss a renewal.
const HEARTBEAT_MS = 200;

let demo: RecordedDemo;
before(async () => {
  demo = await RecordedDemo.start();
});
after(() => demo.close());

/** A `collect` process on `store` whose sources never answer: the claim is what is tested. */
function collectProcess(
  store: SharedStore,
  logged: string[] = [],
  heartbeatMs = HEARTBEAT_MS,
): StandbyCollecting {
  return startStandbyCollecting({
    store,
    config: demo.config,
    playbook: defaultPlaybook,
    demo: true,
    version: 'test',
    label: 'dijkwacht collect',
    createClient: () => ({ poll: () => new Promise(() => {}) }),
    heartbeatMs,
    log: (line) => logged.push(line),
  });
}

async function until(done: () => boolean | Promise<boolean>, what: string, ms = 5_000) {
  const start = Date.now();
  while (!(await done())) {
    if (Date.now() - start > ms) assert.fail(`timed out waiting until ${what}`);
    await sleep(5);
  }
}

async function kinds(store: FakeSharedStore): Promise<string[]> {
  return (await store.read({})).map((event) => event.kind);
}

describe('standby collectors on a shared store', () => {
  it('lets exactly one collect; the other says once who does and takes over when it stops', async () => {
    const store = new FakeSharedStore();
    const first = collectProcess(store);
    await first.whenActive();
    const logged: string[] = [];
    const second = collectProcess(store, logged);
    await sleep(HEARTBEAT_MS * 3);
    assert.equal(first.state(), 'active');
    assert.equal(second.state(), 'standby');
    const standbyLines = logged.filter((line) => line.includes('standby'));
    assert.equal(standbyLines.length, 1, 'said once, not on every retry');
    assert.match(
      standbyLines[0]!,
      /^dijkwacht: standby — dijkwacht collect \(process \d+ on .+\) collects into memory:timeline; this one takes over when it stops$/,
    );
    assert.equal(await first.stop(), 0);
    await second.whenActive();
    assert.deepEqual(await kinds(store), [
      'collector-started',
      'collector-stopped',
      'collector-started',
    ]);
    await second.stop();
  });

  it('takes over from a collector that stopped dead within 2 heartbeats of its last renewal', async () => {
    const store = new FakeSharedStore();
    const dying = processView(store);
    const first = collectProcess(dying.store);
    await first.whenActive();
    const second = collectProcess(store);
    await sleep(HEARTBEAT_MS);
    dying.freeze();
    const frozenAt = Date.now();
    await second.whenActive();
    const tookMs = Date.now() - frozenAt;
    // Stale after 2 heartbeats from the last renewal, found at the next quarter-heartbeat retry.
    assert.ok(tookMs <= 2.25 * HEARTBEAT_MS + 300, `took over after ${tookMs} ms`);
    assert.equal(second.state(), 'active');
    await second.stop();
    dying.thaw();
    await first.stop();
  });

  it('a collector cut off past its lease writes nothing more and stands by again', async () => {
    const store = new FakeSharedStore();
    const cut = processView(store);
    const logged: string[] = [];
    const first = collectProcess(cut.store, logged);
    await first.whenActive();
    await until(async () => (await store.lastSeq()) === 1, 'collector-started is written');
    cut.freeze();
    const second = collectProcess(store);
    await second.whenActive();
    await until(async () => (await store.lastSeq()) === 2, 'the second collector-started');
    // The first one's network comes back: it finds the claim gone.
    first.current()?.collector.publish();
    cut.thaw();
    await until(() => first.state() === 'standby', 'the first stands by again');
    assert.ok(logged.some((line) => line.includes('another collector took over this store')));
    await sleep(HEARTBEAT_MS * 3);
    assert.deepEqual(await kinds(store), ['collector-started', 'collector-started']);
    assert.equal(first.state(), 'standby');
    assert.equal(await second.stop(), 0);
    await first.whenActive();
    assert.equal(await first.stop(), 0);
    assert.deepEqual(await kinds(store), [
      'collector-started',
      'collector-started',
      'collector-stopped',
      'collector-started',
      'collector-stopped',
    ]);
  });

  it('stops while standing by without ever writing', async () => {
    const store = new FakeSharedStore();
    // A heartbeat a loaded machine keeps: the first must not look dead while the second waits.
    const first = collectProcess(store, [], 2_000);
    await first.whenActive();
    const second = collectProcess(store, [], 2_000);
    await until(() => second.state() === 'standby', 'the second stands by');
    await sleep(HEARTBEAT_MS);
    assert.equal(await second.stop(), 0);
    assert.equal(second.state(), 'stopped');
    await first.stop();
    assert.deepEqual(await kinds(store), ['collector-started', 'collector-stopped']);
  });
});

describe('the active collector on a shared store', () => {
  it("publishes its snapshots and picks a seat's action up long before the next heartbeat", async () => {
    const store = new FakeSharedStore();
    const collecting = collectProcess(store, [], 60_000);
    try {
      await publishesAndPicksUp(store, await collecting.whenActive());
    } finally {
      await collecting.stop();
    }
    assert.equal(store.followers, 0, 'stopped following');
  });

  it('keeps trying to listen when the first tries fail, and says so once', async () => {
    const store = new FakeSharedStore();
    store.failFollows = 3;
    const logged: string[] = [];
    const collecting = collectProcess(store, logged);
    try {
      await collecting.whenActive();
      await until(() => store.followers === 1, 'listening after three refusals');
      assert.equal(
        logged.filter((line) => line.includes('cannot listen to')).length,
        1,
        logged.join('\n'),
      );
    } finally {
      await collecting.stop();
    }
    assert.equal(store.followers, 0, 'stopped following');
  });
});

async function publishesAndPicksUp(store: FakeSharedStore, active: Collecting) {
  await until(() => store.publications.length > 0, 'a first publication');
  const published = store.publications.at(-1)!;
  assert.equal(published.info.title, demo.config.title);
  assert.equal(published.info.demo, true);
  assert.ok(published.charts, 'with the charts');
  await until(() => active.keeper.state().lastSeq === 1, 'collector-started is written');
  // A seat writes a note; the collector hears of it through follow(), not its heartbeat.
  const [note] = await performAction(
    store,
    { kind: 'note', text: 'Bouwteam gebeld', domain: null },
    { actor: 'Anna de Vries', clock: systemClock, playbook: defaultPlaybook },
  );
  await until(
    () => store.publications.at(-1)?.snapshot.timeline?.lastSeq === note!.seq,
    'a publication that knows the note',
    2_000,
  );
}
