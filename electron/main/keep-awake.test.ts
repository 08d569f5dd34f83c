import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { BrowserWindow, PowerSaveBlocker } from 'electron';
import { keepDisplayAwake } from './keep-awake.ts';

function fakeBlocker() {
  const started = new Map<number, string>();
  let next = 41;
  const blocker = {
    start: (type: string) => (started.set(++next, type), next),
    stop: (id: number) => started.delete(id),
    isStarted: (id: number) => started.has(id),
  };
  return { started, blocker: blocker as unknown as PowerSaveBlocker };
}

describe('keepDisplayAwake', () => {
  it('keeps the display awake while the window is open, and no longer', () => {
    const { started, blocker } = fakeBlocker();
    const window = new EventEmitter();
    keepDisplayAwake(window as unknown as BrowserWindow, blocker);
    assert.deepEqual([...started.values()], ['prevent-display-sleep']);
    window.emit('closed');
    assert.deepEqual([...started.values()], []);
  });

  it('stops only its own blocker, so a second wall keeps the display awake', () => {
    const { started, blocker } = fakeBlocker();
    const [first, second] = [new EventEmitter(), new EventEmitter()];
    keepDisplayAwake(first as unknown as BrowserWindow, blocker);
    keepDisplayAwake(second as unknown as BrowserWindow, blocker);
    first.emit('closed');
    first.emit('closed');
    assert.equal(started.size, 1);
  });
});
