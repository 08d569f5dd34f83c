import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SeatSettingsFile } from './seat-settings-file.ts';

let dataDir = '';
let file = '';
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-seat-'));
  file = path.join(dataDir, 'settings.json');
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('settings.json: what one seat remembers', () => {
  it('has the defaults before anything is saved', async () => {
    assert.deepEqual(await new SeatSettingsFile(dataDir).read(), {
      settings: { language: 'nl', sound: null },
      problem: null,
    });
  });

  it('saves a change and reads it back after a restart', async () => {
    await new SeatSettingsFile(dataDir).update({ language: 'en' });
    await new SeatSettingsFile(dataDir).update({ sound: true });
    assert.deepEqual((await new SeatSettingsFile(dataDir).read()).settings, {
      language: 'en',
      sound: true,
    });
    assert.deepEqual(await readdir(dataDir), ['settings.json'], 'no temporary file is left');
  });

  it('a file that is not JSON: the defaults, a clear problem, and the file set aside on save', async () => {
    await writeFile(file, '{"language": "en", ');
    const seat = new SeatSettingsFile(dataDir);
    const read = await seat.read();
    assert.deepEqual(read.settings, { language: 'nl', sound: null });
    assert.equal(
      read.problem,
      `${file} is not a JSON object: the default settings are used; the file is kept as settings.json.damaged when you next save`,
    );
    await seat.update({ sound: false });
    assert.equal(await readFile(`${file}.damaged`, 'utf8'), '{"language": "en", ');
    assert.deepEqual(await new SeatSettingsFile(dataDir).read(), {
      settings: { language: 'nl', sound: false },
      problem: null,
    });
  });

  it('a wrong value loses only itself: the other keys, and keys of a newer version, are kept', async () => {
    await writeFile(file, JSON.stringify({ language: 'fr', sound: true, theme: 'dark' }));
    const seat = new SeatSettingsFile(dataDir);
    const read = await seat.read();
    assert.deepEqual(read.settings, { language: 'nl', sound: true });
    assert.match(
      read.problem ?? '',
      /settings\.json: language: not a value this version understands/,
    );
    await seat.update({ language: 'en' });
    assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), {
      theme: 'dark',
      language: 'en',
      sound: true,
    });
  });

  it('refuses to save a value it would not read back', async () => {
    await assert.rejects(new SeatSettingsFile(dataDir).update({ language: 'de' as 'nl' }));
    assert.deepEqual(await readdir(dataDir), []);
  });
});
