import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { watchRenderer, type WatchedWindow } from './watch-renderer.ts';

/** A window whose page the test crashes and hangs; it records what main does to it. */
class FakeWindow extends EventEmitter {
  readonly loaded: string[] = [];
  kills = 0;
  destroyed = false;
  readonly webContents = Object.assign(new EventEmitter(), {
    forcefullyCrashRenderer: () => {
      this.kills++;
      this.crash('killed', 9);
    },
  });
  isDestroyed = () => this.destroyed;
  loadURL = async (url: string) => void this.loaded.push(url);
  crash(reason: string, exitCode = 139) {
    this.webContents.emit('render-process-gone', {}, { reason, exitCode });
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

function setUp() {
  const clock = new FakeClock();
  const window = new FakeWindow();
  const logs: string[] = [];
  watchRenderer(window as unknown as WatchedWindow, {
    view: 'wall',
    clock,
    log: (line) => logs.push(line),
  });
  return { clock, window, logs };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const WALL = 'app://dijkwacht/index.html?view=wall';

describe('watchRenderer', () => {
  it('reloads a crashed page after the backoff, never inside the event', async () => {
    const { clock, window, logs } = setUp();
    window.crash('crashed');
    await flush();
    assert.deepEqual(window.loaded, [], 'not synchronously (electron/electron#51900)');
    clock.advance(999);
    await flush();
    assert.deepEqual(window.loaded, []);
    clock.advance(1);
    await flush();
    assert.deepEqual(window.loaded, [WALL]);
    assert.deepEqual(logs, [
      "Dijkwacht: the wall window's renderer is gone (crashed, exit code 139); reloading in 1 s (reload 1 of 3 this minute)",
    ]);
  });

  it('leaves a clean exit alone, without a word', async () => {
    const { clock, window, logs } = setUp();
    window.crash('clean-exit', 0);
    clock.advance(60_000);
    await flush();
    assert.deepEqual([window.loaded, logs], [[], []]);
  });

  it('shows the error page on a crash loop, then tries once more after the cool-off', async () => {
    const { clock, window, logs } = setUp();
    for (const wait of [1_000, 2_000, 4_000]) {
      window.crash('crashed');
      clock.advance(wait);
      await flush();
    }
    window.crash('crashed');
    clock.advance(0);
    await flush();
    assert.equal(window.loaded.length, 4);
    assert.deepEqual(window.loaded.slice(0, 3), [WALL, WALL, WALL]);
    assert.match(window.loaded[3] ?? '', /^data:text\/html/);
    assert.equal(
      logs.at(-1),
      "Dijkwacht: the wall window's renderer is gone (crashed, exit code 139) again; showing an error page, next try in 5 min",
    );
    clock.advance(300_000);
    await flush();
    assert.deepEqual(window.loaded.at(-1), WALL);
  });

  it('restarts a renderer that stays unresponsive past the grace period, and reloads it', async () => {
    const { clock, window, logs } = setUp();
    window.emit('unresponsive');
    clock.advance(5_000);
    window.emit('unresponsive');
    clock.advance(5_000);
    await flush();
    assert.equal(window.kills, 1);
    assert.equal(
      logs[0],
      'Dijkwacht: the wall window has not responded for 10 s; restarting its renderer',
    );
    clock.advance(1_000);
    await flush();
    assert.deepEqual(window.loaded, [WALL]);
  });

  it('lets a page that answers within the grace period be', async () => {
    const { clock, window, logs } = setUp();
    window.emit('unresponsive');
    clock.advance(9_000);
    window.emit('responsive');
    clock.advance(60_000);
    await flush();
    assert.deepEqual([window.kills, window.loaded, logs], [0, [], []]);
  });

  it('stops every timer when the window closes', async () => {
    const { clock, window } = setUp();
    window.emit('unresponsive');
    window.crash('crashed');
    window.close();
    clock.advance(600_000);
    await flush();
    assert.deepEqual([window.kills, window.loaded], [0, []]);
  });

  it('logs a page that fails to load instead of throwing', async () => {
    const { clock, window, logs } = setUp();
    window.loadURL = async () => Promise.reject(new Error('ERR_FAILED (-2)'));
    window.crash('oom', -1);
    clock.advance(1_000);
    await flush();
    assert.equal(logs.at(-1), 'Dijkwacht: the wall window did not load: Error: ERR_FAILED (-2)');
  });
});
