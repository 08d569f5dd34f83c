import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { WarRoomState } from '../../shared/ipc/contract.ts';
import type { ViewName } from '../../shared/ipc/views.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { WindowManager, type ManagedWindow, type PushFeeds } from './windows.ts';

const SNAPSHOT: Snapshot = {
  generatedAt: '2026-11-29T08:00:00.000Z',
  demo: true,
  timeline: null,
  sources: [],
  domains: [],
};
const WAR_ROOM: WarRoomState = {
  role: 'seat',
  store: 'dijkwacht@db:5432/warroom',
  connected: true,
  since: null,
  collector: null,
  problem: 'no-collector',
  error: null,
};

class FakeWindow extends EventEmitter {
  readonly sent: [string, unknown][] = [];
  readonly calls: string[] = [];
  destroyed = false;
  minimized = false;
  readonly webContents = {
    isDestroyed: () => this.destroyed,
    send: (channel: string, payload: unknown) => void this.sent.push([channel, payload]),
  };
  readonly view: ViewName;
  constructor(view: ViewName) {
    super();
    this.view = view;
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void this.calls.push('restore');
  show = () => void this.calls.push('show');
  focus = () => void this.calls.push('focus');
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

/** The four feeds, each a set of listeners the test can publish to and count. */
function fakeFeeds() {
  const snapshots = new Set<(snapshot: Snapshot) => void>();
  const appended = new Set<(events: readonly TimelineEvent[], lastSeq: number) => void>();
  const progress = new Set<(done: number, total: number) => void>();
  const warRoom = new Set<(state: WarRoomState) => void>();
  const add =
    <T>(set: Set<T>) =>
    (listener: T) => {
      set.add(listener);
      return () => void set.delete(listener);
    };
  const feeds = {
    collector: { subscribe: add(snapshots) },
    keeper: { subscribe: add(appended) },
    onExportProgress: add(progress),
    warRoom: { subscribe: add(warRoom) },
  } as unknown as PushFeeds;
  const publish = () => {
    snapshots.forEach((listener) => listener(SNAPSHOT));
    appended.forEach((listener) => listener([], 7));
    progress.forEach((listener) => listener(1, 2));
    warRoom.forEach((listener) => listener(WAR_ROOM));
  };
  const count = () => snapshots.size + appended.size + progress.size + warRoom.size;
  return { feeds, publish, count };
}

function setUp() {
  const created: FakeWindow[] = [];
  const loads: string[] = [];
  const { feeds, publish, count } = fakeFeeds();
  const manager = new WindowManager<FakeWindow & ManagedWindow>({
    create: (view) => {
      const window = new FakeWindow(view);
      created.push(window);
      return window as FakeWindow & ManagedWindow;
    },
    load: async (_window, view, domain) => void loads.push(domain ? `${view}#${domain}` : view),
    feeds,
  });
  return { manager, created, loads, publish, count };
}

describe('WindowManager', () => {
  it('opens one window per view and brings it back instead of a second one', async () => {
    const { manager, created, loads } = setUp();
    const wall = await manager.open('wall');
    const coordinator = await manager.open('coordinator');
    wall.minimized = true;
    assert.equal(await manager.open('wall'), wall);
    assert.deepEqual(created, [wall, coordinator]);
    assert.deepEqual(loads, ['wall', 'coordinator']);
    assert.deepEqual(wall.calls, ['restore', 'show', 'focus']);
  });

  it('gives two quick opens the same window', async () => {
    const { manager, created } = setUp();
    const [a, b] = await Promise.all([manager.open('coordinator'), manager.open('coordinator')]);
    assert.equal(a, b);
    assert.equal(created.length, 1);
  });

  it('pushes every feed to every open window, as its contract event', async () => {
    const { manager, publish } = setUp();
    const wall = await manager.open('wall');
    const coordinator = await manager.open('coordinator');
    publish();
    for (const window of [wall, coordinator])
      assert.deepEqual(window.sent, [
        ['status:changed', SNAPSHOT],
        ['timeline:appended', { lastSeq: 7, events: [] }],
        ['export:progress', { done: 1, total: 2 }],
        ['warroom:changed', WAR_ROOM],
      ]);
  });

  it('unsubscribes a window when it closes, and opens a new one after', async () => {
    const { manager, publish, count, created } = setUp();
    const wall = await manager.open('wall');
    assert.equal(count(), 4);
    wall.close();
    assert.equal(count(), 0);
    publish();
    assert.deepEqual(wall.sent, []);
    assert.equal(manager.get('wall'), null);
    const again = await manager.open('wall');
    assert.notEqual(again, wall);
    assert.equal(created.length, 2);
  });

  it('pushes domain:show to one view only, and to nothing once it is closed', async () => {
    const { manager } = setUp();
    const wall = await manager.open('wall');
    const coordinator = await manager.open('coordinator');
    manager.push('coordinator', 'domain:show', { domain: 'website' });
    assert.deepEqual(coordinator.sent, [['domain:show', { domain: 'website' }]]);
    assert.deepEqual(wall.sent, []);
    coordinator.close();
    manager.push('coordinator', 'domain:show', { domain: 'website' });
    assert.equal(coordinator.sent.length, 1);
  });

  it('shows a clicked alert’s domain on the coordinator’s desk, opening it on the domain', async () => {
    const { manager, created, loads } = setUp();
    const wall = await manager.open('wall');
    await manager.showDomain('security');
    const coordinator = manager.get('coordinator');
    assert.ok(coordinator);
    // A desk that was closed opens on the domain: no push it might miss while it loads.
    assert.deepEqual(loads, ['wall', 'coordinator#security']);
    assert.deepEqual(coordinator.sent, []);
    await manager.showDomain('website');
    assert.equal(created.length, 2);
    assert.deepEqual(coordinator.calls, ['show', 'focus']);
    assert.deepEqual(coordinator.sent.at(-1), ['domain:show', { domain: 'website' }]);
    assert.deepEqual(wall.sent, []);
  });

  it('reports a page that fails to load, and still brings the window back later', async () => {
    const { feeds } = fakeFeeds();
    const manager = new WindowManager<FakeWindow & ManagedWindow>({
      create: (view) => new FakeWindow(view) as FakeWindow & ManagedWindow,
      load: async () => Promise.reject(new Error('ERR_FAILED')),
      feeds,
    });
    await assert.rejects(manager.open('wall'), /ERR_FAILED/);
    const wall = manager.get('wall');
    assert.ok(wall);
    assert.equal(await manager.open('wall'), wall);
  });
});
