// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// item by item, against the webPreferences of every window the app opens. The windows are
// enumerated from viewNames, so a new kind of window is checked as soon as it exists, and a
// scan of the main-process sources makes sure no window is created any other way.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { WebPreferences } from 'electron';
import { viewNames } from '../../shared/ipc/views.ts';
import { windowOptions } from './window.ts';

const PRELOAD = '/opt/dijkwacht/resources/app.asar/out/preload/index.cjs';

/** [preference, required value, checklist item]. Each must be set explicitly, not defaulted. */
const CHECKLIST: readonly [keyof WebPreferences, boolean, string][] = [
  ['contextIsolation', true, '3. Enable context isolation'],
  ['sandbox', true, '4. Enable process sandboxing'],
  ['nodeIntegration', false, '2. Do not enable Node.js integration'],
  ['nodeIntegrationInWorker', false, '2. … nor in web workers'],
  ['nodeIntegrationInSubFrames', false, '2. … nor in subframes'],
  ['webSecurity', true, '6. Do not disable webSecurity'],
  ['allowRunningInsecureContent', false, '8. Do not enable allowRunningInsecureContent'],
  ['experimentalFeatures', false, '9. Do not enable experimental features'],
  ['webviewTag', false, '11–12. No <webview> at all'],
];

/** Everything a window may set: the checklist, the preload, and reviewed harmless extras. */
const REVIEWED = new Set<string>([...CHECKLIST.map(([key]) => key), 'preload', 'spellcheck']);

for (const view of viewNames) {
  describe(`webPreferences of the ${view} window`, () => {
    const preferences = windowOptions(view, PRELOAD).webPreferences ?? {};

    for (const [key, value, item] of CHECKLIST) {
      it(`${key}: ${value} (checklist ${item})`, () => {
        assert.ok(Object.hasOwn(preferences, key), `${key} is left to Electron's default`);
        assert.equal(preferences[key], value);
      });
    }

    it('enableBlinkFeatures: unset (checklist 10. Do not use enableBlinkFeatures)', () => {
      assert.equal(Object.hasOwn(preferences, 'enableBlinkFeatures'), false);
    });

    it('preload: the absolute path it was given, so the page gets the bridge and nothing else', () => {
      assert.equal(preferences.preload, PRELOAD);
    });

    it('sets nothing beyond the reviewed preferences', () => {
      const unreviewed = Object.keys(preferences).filter((key) => !REVIEWED.has(key));
      assert.deepEqual(unreviewed, [], 'review each new webPreference against the checklist');
    });

    it('cannot be changed after the fact (frozen)', () => {
      assert.ok(Object.isFrozen(preferences));
    });
  });
}

describe('every window the main process creates', () => {
  const electronRoot = fileURLToPath(new URL('..', import.meta.url));

  /** The main-process and preload sources: every .ts under electron/ except tests. */
  async function sources(): Promise<Map<string, string>> {
    const files = (await readdir(electronRoot, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const texts = await Promise.all(
      files.map((file) => readFile(path.join(electronRoot, file), 'utf8')),
    );
    return new Map(files.map((file, i) => [`electron/${file.replaceAll('\\', '/')}`, texts[i]!]));
  }

  /** The argument text of each `new <Class>(…)` in `text`, up to its closing parenthesis. */
  function constructions(text: string, classes: RegExp): string[] {
    return [...text.matchAll(new RegExp(`new\\s+(?:${classes.source})\\s*\\(`, 'g'))].map((m) => {
      let depth = 1;
      let end = m.index + m[0].length;
      for (; end < text.length && depth > 0; end++)
        depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      return text.slice(m.index + m[0].length, end - 1);
    });
  }

  it('is a BrowserWindow built from windowOptions with the bundled preload, in index.ts only', async () => {
    const files = await sources();
    const found = [...files].flatMap(([file, text]) =>
      constructions(text, /BrowserWindow|BrowserView|WebContentsView/).map((args) => ({
        file,
        args,
      })),
    );
    assert.deepEqual(
      found.map(({ file }) => file),
      ['electron/main/index.ts'],
      'a window or view created elsewhere escapes this test',
    );
    for (const { args } of found) assert.match(args, /^\s*windowOptions\(/);
    // scripts/build.mjs writes the preload to out/preload, beside main's out/main.
    assert.match(
      files.get('electron/main/index.ts') ?? '',
      /path\.join\(__dirname, '\.\.\/preload\/index\.cjs'\)/,
    );
  });

  it('gets its webPreferences from window.ts only', async () => {
    const setting = [...(await sources())]
      .filter(([, text]) => /\bwebPreferences\s*:/.test(text))
      .map(([file]) => file);
    assert.deepEqual(setting, ['electron/main/window.ts']);
  });
});
