import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { WallDisplayFile } from './wall-display-file.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-wall-display-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('WallDisplayFile', () => {
  it('reads nothing before anything was saved', async () =>
    assert.equal(await new WallDisplayFile(folder).read(), null));

  it('reads back the display it wrote, in a small JSON file, with nothing left aside', async () => {
    await new WallDisplayFile(folder).write(2779098405);
    assert.equal(await new WallDisplayFile(folder).read(), 2779098405);
    assert.deepEqual(await readdir(folder), ['wall-display.json']);
    assert.deepEqual(JSON.parse(await readFile(path.join(folder, 'wall-display.json'), 'utf8')), {
      displayId: 2779098405,
    });
  });

  it('creates the data folder if it is not there yet', async () => {
    const nested = path.join(folder, 'Dijkwacht');
    await new WallDisplayFile(nested).write(7);
    assert.equal(await new WallDisplayFile(nested).read(), 7);
  });

  const unusable: [string, string][] = [
    ['damaged JSON', '{"displayId": 7'],
    ['a string id', '{"displayId": "7"}'],
    ['a fractional id', '{"displayId": 7.5}'],
    ['extra keys', '{"displayId": 7, "secret": "x"}'],
    ['null', 'null'],
    ['an empty file', ''],
  ];
  for (const [name, text] of unusable)
    it(`reads ${name} as nothing saved`, async () => {
      await writeFile(path.join(folder, 'wall-display.json'), text);
      assert.equal(await new WallDisplayFile(folder).read(), null);
    });
});
