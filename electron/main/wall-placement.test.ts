import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { Rectangle, Screen } from 'electron';
import { FakeClock } from '../time/testing/fake-clock.ts';
import type { DisplayArea } from './wall-display.ts';
import {
  electronDisplays,
  WallPlacement,
  type Displays,
  type PlacedWindow,
} from './wall-placement.ts';

const area = (id: number, x: number): DisplayArea => ({
  id,
  bounds: { x, y: 0, width: 1920, height: 1080 },
});
const PRIMARY = area(1, 0);
const TV = area(2, 1920);
const SIDE = area(3, 3840);

/** Displays the test plugs in and out; `matching` finds the display by the window's x. */
class FakeDisplays implements Displays {
  connected: DisplayArea[];
  readonly #listeners = new Set<() => void>();
  constructor(connected: DisplayArea[]) {
    this.connected = connected;
  }
  all = () => this.connected;
  primaryId = () => PRIMARY.id;
  matching = (bounds: Rectangle) =>
    this.connected.find((d) => bounds.x >= d.bounds.x && bounds.x < d.bounds.x + 1920) ?? PRIMARY;
  onChange = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };
  get listenerCount() {
    return this.#listeners.size;
  }
  set(connected: DisplayArea[]) {
    this.connected = connected;
    for (const listener of this.#listeners) listener();
  }
}

/** A window that records what was done to it; `drag` moves it as a person (or the OS) would. */
class FakeWindow extends EventEmitter {
  bounds: Rectangle = { x: 0, y: 0, width: 800, height: 600 };
  readonly calls: string[] = [];
  destroyed = false;
  getBounds = () => this.bounds;
  setBounds = (bounds: Rectangle) => {
    this.calls.push(`bounds x=${bounds.x}`);
    this.bounds = { ...bounds };
    this.emit('move');
  };
  setKiosk = (flag: boolean) => void this.calls.push(`kiosk ${flag}`);
  isDestroyed = () => this.destroyed;
  drag(x: number) {
    this.bounds = { ...this.bounds, x };
    this.emit('move');
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

function setUp(
  options: { saved?: number | null; preferred?: number | null; connected?: DisplayArea[] } = {},
) {
  const displays = new FakeDisplays(options.connected ?? [PRIMARY, TV, SIDE]);
  const clock = new FakeClock();
  const writes: number[] = [];
  const logs: string[] = [];
  const placement = new WallPlacement({
    displays,
    savedDisplayId: options.saved ?? null,
    file: { write: async (id) => void writes.push(id) },
    preferredIndex: options.preferred ?? null,
    clock,
    log: (line) => logs.push(line),
  });
  const window = new FakeWindow();
  const open = async () => {
    const choice = placement.choose();
    if (choice) window.bounds = { ...choice.display.bounds };
    placement.attach(window as unknown as PlacedWindow, choice?.display ?? null);
    return choice;
  };
  return { displays, clock, writes, logs, placement, window, open };
}

/** Lets the file writes (promises) run. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('WallPlacement', () => {
  it('opens on the saved display, and leaves a window created there alone', async () => {
    const { open, window } = setUp({ saved: SIDE.id, preferred: 2 });
    assert.equal((await open())?.display.id, SIDE.id);
    assert.deepEqual(window.calls, []);
  });

  it('opens on the preferred display when none is saved', async () => {
    const { open } = setUp({ preferred: 2 });
    assert.deepEqual(await open(), { display: TV, reason: 'preferred' });
  });

  it('moves to the primary when its display is removed, and back when it is re-added', async () => {
    const { open, window, displays, writes, logs } = setUp({ saved: TV.id });
    await open();
    displays.set([PRIMARY, SIDE]);
    assert.deepEqual(window.calls, ['kiosk false', 'bounds x=0', 'kiosk true']);
    displays.set([PRIMARY, TV, SIDE]);
    assert.deepEqual(window.calls.slice(3), ['kiosk false', 'bounds x=1920', 'kiosk true']);
    await flush();
    assert.deepEqual(writes, [], 'a move by the app is not a choice to remember');
    assert.deepEqual(logs, [
      'Dijkwacht: the wall is on display 1 (primary)',
      'Dijkwacht: the wall is on display 2 (saved)',
    ]);
  });

  it('places itself again when its display changes resolution, not on another display’s change', async () => {
    const { open, window, displays } = setUp({ preferred: 2 });
    await open();
    displays.set([PRIMARY, TV, { id: SIDE.id, bounds: { ...SIDE.bounds, width: 1280 } }]);
    assert.deepEqual(window.calls, []);
    displays.set([PRIMARY, { id: TV.id, bounds: { ...TV.bounds, width: 3840 } }, SIDE]);
    assert.deepEqual(window.calls, ['kiosk false', 'bounds x=1920', 'kiosk true']);
  });

  it('remembers a display the wall was moved to by hand, once it sits still', async () => {
    const { open, window, clock, writes, placement } = setUp({ preferred: 2 });
    await open();
    window.drag(3900);
    clock.advance(500);
    window.drag(4000);
    clock.advance(999);
    await flush();
    assert.deepEqual(writes, [], 'still moving');
    clock.advance(1);
    await flush();
    assert.deepEqual(writes, [SIDE.id]);
    assert.equal(placement.choose()?.display.id, SIDE.id);
  });

  it('does not take its own moves for a person’s', async () => {
    const { open, window, displays, clock, writes } = setUp({ saved: TV.id });
    await open();
    displays.set([PRIMARY, SIDE]);
    clock.advance(5_000);
    await flush();
    assert.deepEqual(writes, []);
    assert.equal(window.bounds.x, 0);
  });

  it('logs a failed write and carries on', async () => {
    const { window, clock, logs, displays } = setUp();
    const placement = new WallPlacement({
      displays,
      savedDisplayId: null,
      file: { write: async () => Promise.reject(new Error('read-only')) },
      preferredIndex: null,
      clock,
      log: (line) => logs.push(line),
    });
    placement.attach(window as unknown as PlacedWindow, PRIMARY);
    window.drag(2000);
    clock.advance(1_000);
    await flush();
    assert.deepEqual(logs, ["Dijkwacht: cannot save the wall's display: Error: read-only"]);
  });

  it('stops following the displays and the moves when the window closes', async () => {
    const { open, window, displays, clock, writes } = setUp();
    await open();
    assert.equal(displays.listenerCount, 1);
    window.drag(2000);
    window.close();
    assert.equal(displays.listenerCount, 0);
    assert.equal(window.listenerCount('move'), 0);
    clock.advance(5_000);
    await flush();
    assert.deepEqual(writes, []);
  });

  it('lets Electron decide when no display is connected', async () => {
    const { open, window } = setUp({ connected: [] });
    assert.equal(await open(), null);
    assert.deepEqual(window.calls, []);
  });
});

describe('electronDisplays', () => {
  it('follows the three display events of Electron’s screen, and stops', () => {
    const screen = Object.assign(new EventEmitter(), {
      getAllDisplays: () => [PRIMARY, TV],
      getPrimaryDisplay: () => PRIMARY,
      getDisplayMatching: () => TV,
    });
    const displays = electronDisplays(screen as unknown as Screen);
    assert.deepEqual(displays.all(), [PRIMARY, TV]);
    assert.equal(displays.primaryId(), PRIMARY.id);
    assert.equal(displays.matching(TV.bounds), TV);
    let calls = 0;
    const stop = displays.onChange(() => calls++);
    for (const event of ['display-added', 'display-removed', 'display-metrics-changed'])
      screen.emit(event, {}, PRIMARY);
    assert.equal(calls, 3);
    stop();
    screen.emit('display-added', {}, PRIMARY);
    assert.equal(calls, 3);
    assert.deepEqual(screen.eventNames(), []);
  });
});
