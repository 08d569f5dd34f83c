import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  chooseDisplay,
  displayToRemember,
  needsPlacing,
  numberDisplays,
  type DisplayArea,
} from './wall-display.ts';

const area = (id: number, x: number, y = 0, width = 1920, height = 1080): DisplayArea => ({
  id,
  bounds: { x, y, width, height },
});
// The primary in the middle, one display to its left, two to its right (one above the other).
const LEFT = area(11, -1920);
const PRIMARY = area(22, 0);
const RIGHT_TOP = area(33, 1920, -1080);
const RIGHT_BOTTOM = area(44, 1920, 0);
const ALL = [RIGHT_BOTTOM, PRIMARY, RIGHT_TOP, LEFT];

const ids = (displays: readonly DisplayArea[]) => displays.map((display) => display.id);

describe('numberDisplays', () => {
  it('counts the primary as 1, then left to right, then top to bottom', () =>
    assert.deepEqual(ids(numberDisplays(ALL, PRIMARY.id)), [22, 11, 33, 44]));

  it('does not depend on the order the system lists them in', () =>
    assert.deepEqual(ids(numberDisplays([...ALL].reverse(), PRIMARY.id)), [22, 11, 33, 44]));

  it('keeps every display when the primary is not among them', () =>
    assert.deepEqual(ids(numberDisplays([RIGHT_BOTTOM, LEFT], PRIMARY.id)), [11, 44]));
});

describe('chooseDisplay', () => {
  const wishes = { primaryId: PRIMARY.id, savedDisplayId: null, preferredIndex: null };
  const choose = (
    displays: readonly DisplayArea[],
    more: Partial<{ savedDisplayId: number | null; preferredIndex: number | null }>,
  ) => {
    const choice = chooseDisplay(displays, { ...wishes, ...more });
    return choice && [choice.display.id, choice.reason];
  };

  it('takes the display it was last moved to, over the preferred one', () =>
    assert.deepEqual(choose(ALL, { savedDisplayId: 44, preferredIndex: 2 }), [44, 'saved']));

  it('takes the preferred number when the saved display is not connected', () =>
    assert.deepEqual(choose(ALL, { savedDisplayId: 99, preferredIndex: 2 }), [11, 'preferred']));

  it('counts the preferred number as people do (1 is the primary)', () => {
    assert.deepEqual(choose(ALL, { preferredIndex: 1 }), [22, 'preferred']);
    assert.deepEqual(choose(ALL, { preferredIndex: 3 }), [33, 'preferred']);
    assert.deepEqual(choose(ALL, { preferredIndex: 4 }), [44, 'preferred']);
  });

  it('falls back to the primary when the preferred number does not exist (yet)', () => {
    assert.deepEqual(choose([PRIMARY, LEFT], { preferredIndex: 3 }), [22, 'primary']);
    assert.deepEqual(choose(ALL, { preferredIndex: 0 }), [22, 'primary']);
    assert.deepEqual(choose(ALL, { preferredIndex: 1.5 }), [22, 'primary']);
  });

  it('takes the primary when nothing is saved or preferred', () =>
    assert.deepEqual(choose(ALL, {}), [22, 'primary']));

  it('moves to the primary when the saved display is removed, and back when it returns', () => {
    const saved = { savedDisplayId: RIGHT_TOP.id, preferredIndex: null };
    assert.deepEqual(choose(ALL, saved), [33, 'saved']);
    assert.deepEqual(choose([PRIMARY, LEFT, RIGHT_BOTTOM], saved), [22, 'primary']);
    assert.deepEqual(choose(ALL, saved), [33, 'saved']);
  });

  it('answers null only when no display is connected', () => {
    assert.equal(choose([], { savedDisplayId: 44, preferredIndex: 2 }), null);
    assert.deepEqual(choose([LEFT], {}), [11, 'primary']);
  });
});

describe('displayToRemember', () => {
  it('remembers a display the wall was moved to by hand', () =>
    assert.equal(displayToRemember({ placedOnId: 22, currentId: 44, savedDisplayId: null }), 44));

  it('remembers the primary too, when someone moved the wall back to it', () =>
    assert.equal(displayToRemember({ placedOnId: 44, currentId: 22, savedDisplayId: 44 }), 22));

  it('does not remember where the app placed it (a fallback must not replace the saved one)', () =>
    assert.equal(displayToRemember({ placedOnId: 22, currentId: 22, savedDisplayId: 44 }), null));

  it('does not write what is saved already', () =>
    assert.equal(displayToRemember({ placedOnId: 22, currentId: 44, savedDisplayId: 44 }), null));
});

describe('needsPlacing', () => {
  it('places a wall that was never placed', () => assert.equal(needsPlacing(PRIMARY, null), true));

  it('places it on another display', () => assert.equal(needsPlacing(LEFT, PRIMARY), true));

  it('places it again when its display changed size or position', () => {
    assert.equal(needsPlacing(area(22, 0, 0, 3840, 2160), PRIMARY), true);
    assert.equal(needsPlacing(area(22, 1920, 0), PRIMARY), true);
  });

  it('leaves it where it is otherwise', () =>
    assert.equal(needsPlacing(area(22, 0), PRIMARY), false));
});
