import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryUrl, windowOptions } from './window.ts';

const PRELOAD = '/opt/dijkwacht/out/preload/index.cjs';
const TV = { x: 1920, y: -120, width: 3840, height: 2160 };

describe('windowOptions', () => {
  it('puts the wall full screen (kiosk) on the display whose bounds it is given', () => {
    const options = windowOptions('wall', PRELOAD, { ...TV, extra: 1 } as typeof TV);
    assert.deepEqual(
      [options.x, options.y, options.width, options.height, options.kiosk],
      [1920, -120, 3840, 2160, true],
    );
    assert.equal(Object.hasOwn(options, 'extra'), false);
  });

  it('opens the coordinator as an ordinary window where the system puts it', () => {
    const options = windowOptions('coordinator', PRELOAD);
    assert.deepEqual(
      [options.x, options.y, options.width, options.height, options.kiosk],
      [undefined, undefined, 1440, 900, false],
    );
  });

  it('gives every window the same secure preferences, with or without bounds', () =>
    assert.deepEqual(
      windowOptions('wall', PRELOAD, TV).webPreferences,
      windowOptions('wall', PRELOAD).webPreferences,
    ));
});

describe('entryUrl', () => {
  it('opens the app’s page on the view', () =>
    assert.equal(entryUrl('wall'), 'app://dijkwacht/index.html?view=wall'));
  it('opens the desk on a domain when asked', () =>
    assert.equal(
      entryUrl('coordinator', 'privacy'),
      'app://dijkwacht/index.html?view=coordinator&domain=privacy',
    ));
});
