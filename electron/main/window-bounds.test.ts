import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  restorePlacement,
  screenAreas,
  type Bounds,
  type SavedPlacement,
  type ScreenArea,
} from './window-bounds.ts';

/** A display with a 40 px taskbar at the bottom of its work area. */
const display = (id: number, x: number, width = 1920, height = 1080): ScreenArea => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
});
const LAPTOP = display(1, 0, 1366, 768);
const MONITOR = display(2, 1366, 2560, 1440);
const MIN = { width: 960, height: 600 };

const saved = (bounds: Bounds, displayId: number | null, maximized = false): SavedPlacement => ({
  bounds,
  maximized,
  displayId,
});

/** Wholly inside the display's work area. */
function inside(bounds: Bounds, area: Bounds): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('restorePlacement', () => {
  it('is null with nothing saved (Electron centres the default size)', () =>
    assert.equal(restorePlacement(null, [LAPTOP], 1, MIN), null));

  it('is null with no display at all', () =>
    assert.equal(
      restorePlacement(saved({ x: 0, y: 0, width: 1000, height: 700 }, 1), [], 1, MIN),
      null,
    ));

  it('puts the window back where it was, on its own display', () => {
    const bounds = { x: 1500, y: 100, width: 1400, height: 900 };
    assert.deepEqual(restorePlacement(saved(bounds, 2, true), [LAPTOP, MONITOR], 1, MIN), {
      bounds,
      maximized: true,
      on: 'saved-display',
    });
  });

  it('falls back to the primary, centred, when its display is gone — never off-screen', () => {
    const restored = restorePlacement(
      saved({ x: 2000, y: 200, width: 1400, height: 900 }, 2),
      [LAPTOP],
      1,
      MIN,
    );
    assert.equal(restored?.on, 'primary');
    // Too big for the laptop: made to fit its work area.
    assert.deepEqual(restored?.bounds, { x: 0, y: 0, width: 1366, height: 728 });
  });

  it('centres a window that fits on the primary when its display is gone', () => {
    const restored = restorePlacement(
      saved({ x: 3000, y: 300, width: 1000, height: 640 }, 2),
      [LAPTOP],
      1,
      MIN,
    );
    assert.deepEqual(restored?.bounds, { x: 183, y: 44, width: 1000, height: 640 });
  });

  it('finds its display by position when the id changed (a reboot renumbered them)', () => {
    const restored = restorePlacement(
      saved({ x: 1600, y: 100, width: 1200, height: 800 }, 99),
      [LAPTOP, MONITOR],
      1,
      MIN,
    );
    assert.equal(restored?.on, 'overlapping-display');
    assert.deepEqual(restored?.bounds, { x: 1600, y: 100, width: 1200, height: 800 });
  });

  it('pulls a window hanging off its display back inside the work area', () => {
    const restored = restorePlacement(
      saved({ x: 3500, y: 1000, width: 1000, height: 700 }, 2),
      [LAPTOP, MONITOR],
      1,
      MIN,
    );
    assert.ok(restored && inside(restored.bounds, MONITOR.workArea), JSON.stringify(restored));
    assert.deepEqual(restored?.bounds, { x: 2926, y: 700, width: 1000, height: 700 });
  });

  it('shrinks a window to a display whose resolution went down, and keeps the minimum where it fits', () => {
    const smaller = display(2, 1366, 1280, 720);
    const restored = restorePlacement(
      saved({ x: 1366, y: 0, width: 2560, height: 1400 }, 2),
      [LAPTOP, smaller],
      1,
      MIN,
    );
    assert.deepEqual(restored?.bounds, { x: 1366, y: 0, width: 1280, height: 680 });
    const tiny = restorePlacement(
      saved({ x: 10, y: 10, width: 300, height: 200 }, 1),
      [LAPTOP],
      1,
      MIN,
    );
    assert.deepEqual(tiny?.bounds, { x: 10, y: 10, width: 960, height: 600 });
  });

  it('keeps every restored window on a display, whatever was saved', () => {
    const displays = [LAPTOP, MONITOR];
    for (const x of [-50_000, -2000, 0, 1000, 3000, 5000, 90_000])
      for (const y of [-5000, 0, 500, 5000])
        for (const id of [1, 2, 7, null]) {
          const restored = restorePlacement(
            saved({ x, y, width: 1200, height: 800 }, id),
            displays,
            1,
            MIN,
          );
          assert.ok(
            restored && displays.some((d) => inside(restored.bounds, d.workArea)),
            `${x},${y} on ${id}: ${JSON.stringify(restored)}`,
          );
        }
  });
});

describe('screenAreas', () => {
  it("reads each display's id, bounds and work area from Electron's screen", () => {
    const screen = {
      getAllDisplays: () => [{ ...LAPTOP, scaleFactor: 2, rotation: 0 }] as never,
    };
    assert.deepEqual(screenAreas(screen), [LAPTOP]);
  });
});
