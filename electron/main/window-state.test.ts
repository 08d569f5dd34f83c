import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { FakeClock } from '../time/testing/fake-clock.ts';
import type { Bounds } from './window-bounds.ts';
import {
  remembersPlacement,
  WindowStateFile,
  WindowStateKeeper,
  type TrackedWindow,
  type WindowStates,
} from './window-state.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-window-state-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const DESK = {
  bounds: { x: 100, y: 80, width: 1440, height: 900 },
  maximized: false,
  displayId: 1,
};

describe('WindowStateFile', () => {
  it('reads nothing before anything was saved', async () =>
    assert.deepEqual(await new WindowStateFile(folder).read(), {}));

  it('reads back what it wrote, per window', async () => {
    const states: WindowStates = { coordinator: DESK, timeline: { ...DESK, maximized: true } };
    await new WindowStateFile(folder).write(states);
    assert.deepEqual(await new WindowStateFile(folder).read(), states);
  });

  const unusable: [string, unknown][] = [
    ['a fractional coordinate', { coordinator: { ...DESK, bounds: { ...DESK.bounds, x: 1.5 } } }],
    ['a zero width', { coordinator: { ...DESK, bounds: { ...DESK.bounds, width: 0 } } }],
    ['an absurd coordinate', { coordinator: { ...DESK, bounds: { ...DESK.bounds, y: 1e9 } } }],
    ['the wall (it keeps its display elsewhere)', { wall: DESK }],
    ['a missing flag', { coordinator: { bounds: DESK.bounds, displayId: 1 } }],
    ['not an object', [DESK]],
  ];
  for (const [name, value] of unusable)
    it(`reads ${name} as nothing saved`, async () => {
      await writeFile(path.join(folder, 'window-state.json'), JSON.stringify(value));
      assert.deepEqual(await new WindowStateFile(folder).read(), {});
    });

  it('reads a damaged file as nothing saved', async () => {
    await writeFile(path.join(folder, 'window-state.json'), '{"coordinator": {');
    assert.deepEqual(await new WindowStateFile(folder).read(), {});
  });
});

/** A window a test moves and resizes as a person would. */
class FakeWindow extends EventEmitter {
  bounds: Bounds = { x: 100, y: 80, width: 1440, height: 900 };
  maximized = false;
  destroyed = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
  moveTo(x: number) {
    this.bounds = { ...this.bounds, x };
    this.emit('move');
  }
  close() {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

function setUp(initial: WindowStates = {}) {
  const clock = new FakeClock();
  const writes: WindowStates[] = [];
  const keeper = new WindowStateKeeper({
    initial,
    file: { write: async (states) => void writes.push(states) },
    displayOf: (bounds) => (bounds.x >= 1920 ? 2 : 1),
    clock,
    log: () => {},
    settleMs: 500,
  });
  const window = new FakeWindow();
  return {
    clock,
    writes,
    keeper,
    window,
    track: () => keeper.track('coordinator', window as unknown as TrackedWindow),
  };
}

describe('WindowStateKeeper', () => {
  it('knows which windows it remembers: the desk and the timeline, not the wall', () => {
    assert.equal(remembersPlacement('coordinator'), true);
    assert.equal(remembersPlacement('timeline'), true);
    assert.equal(remembersPlacement('wall'), false);
  });

  it('answers what was saved at the start', () => {
    const { keeper } = setUp({ coordinator: DESK });
    assert.deepEqual(keeper.saved('coordinator'), DESK);
    assert.equal(keeper.saved('timeline'), null);
  });

  it('saves once a move has settled, with the display it ended on', async () => {
    const { clock, writes, keeper, window, track } = setUp();
    track();
    window.moveTo(2000);
    window.moveTo(2100);
    clock.advance(499);
    await keeper.flushed();
    assert.equal(writes.length, 0);
    clock.advance(1);
    await new Promise((resolve) => setImmediate(resolve));
    await keeper.flushed();
    assert.deepEqual(writes, [
      {
        coordinator: {
          bounds: { x: 2100, y: 80, width: 1440, height: 900 },
          maximized: false,
          displayId: 2,
        },
      },
    ]);
  });

  it('saves when the window closes, without waiting, keeping the other windows saved', async () => {
    const timeline = { ...DESK, maximized: true };
    const { writes, keeper, window, track } = setUp({ timeline });
    track();
    window.maximized = true;
    window.close();
    await keeper.flushed();
    assert.deepEqual(writes, [
      { timeline, coordinator: { bounds: window.bounds, maximized: true, displayId: 1 } },
    ]);
  });

  it('does not write again when nothing changed', async () => {
    const { clock, writes, keeper, window, track } = setUp({ coordinator: DESK });
    track();
    window.emit('resize');
    clock.advance(500);
    window.close();
    await keeper.flushed();
    assert.equal(writes.length, 0);
  });

  it('logs a write that failed and goes on', async () => {
    const logs: string[] = [];
    const keeper = new WindowStateKeeper({
      initial: {},
      file: {
        write: async () => {
          throw new Error('ENOSPC');
        },
      },
      displayOf: () => 1,
      clock: new FakeClock(),
      log: (line) => void logs.push(line),
    });
    const window = new FakeWindow();
    keeper.track('timeline', window as unknown as TrackedWindow);
    window.close();
    await keeper.flushed();
    assert.match(logs.join(), /cannot save the window's place: Error: ENOSPC/);
  });

  it('writes through WindowStateFile to window-state.json', async () => {
    const file = new WindowStateFile(folder);
    const keeper = new WindowStateKeeper({
      initial: await file.read(),
      file,
      displayOf: () => 1,
      clock: new FakeClock(),
      log: () => {},
    });
    const window = new FakeWindow();
    keeper.track('coordinator', window as unknown as TrackedWindow);
    window.close();
    await keeper.flushed();
    const saved = JSON.parse(await readFile(path.join(folder, 'window-state.json'), 'utf8'));
    assert.deepEqual(saved, { coordinator: DESK });
  });
});
