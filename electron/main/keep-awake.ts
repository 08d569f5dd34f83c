import type { BrowserWindow, PowerSaveBlocker } from 'electron';

/**
 * Keeps the screen on while `window` is open: a wall that dims after ten idle minutes shows
 * nothing at all. 'prevent-display-sleep' keeps the system and the display awake
 * (https://www.electronjs.org/docs/latest/api/power-save-blocker); stopped when it closes.
 */
export function keepDisplayAwake(
  window: Pick<BrowserWindow, 'once'>,
  blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>,
): void {
  const id = blocker.start('prevent-display-sleep');
  window.once('closed', () => {
    if (blocker.isStarted(id)) blocker.stop(id);
  });
}
