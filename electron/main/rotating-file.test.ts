import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RotatingFile } from './rotating-file.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-rotating-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const read = (name: string) => readFile(path.join(folder, name), 'utf8');

/** Lines of 10 bytes ("line 0001\n"), numbered so their order can be checked. */
const line = (n: number) => `line ${String(n).padStart(4, '0')}\n`;

describe('RotatingFile', () => {
  it('creates the folder and appends to main.log', async () => {
    const logs = path.join(folder, 'logs');
    const file = new RotatingFile({ dir: logs, name: 'main.log', maxBytes: 100, maxFiles: 3 });
    file.append(line(1));
    file.append(line(2));
    file.close();
    assert.equal(await readFile(path.join(logs, 'main.log'), 'utf8'), line(1) + line(2));
  });

  it('rotates before a write would pass maxBytes: main.log → main.1.log → main.2.log', async () => {
    const file = new RotatingFile({ dir: folder, name: 'main.log', maxBytes: 30, maxFiles: 3 });
    for (let n = 1; n <= 7; n++) file.append(line(n));
    file.close();
    assert.deepEqual((await readdir(folder)).sort(), ['main.1.log', 'main.2.log', 'main.log']);
    assert.equal(await read('main.log'), line(7));
    assert.equal(await read('main.1.log'), line(4) + line(5) + line(6));
    assert.equal(await read('main.2.log'), line(1) + line(2) + line(3));
  });

  it('keeps maxFiles files in all, deleting the oldest, none over maxBytes', async () => {
    const file = new RotatingFile({ dir: folder, name: 'main.log', maxBytes: 30, maxFiles: 5 });
    for (let n = 1; n <= 100; n++) file.append(line(n));
    file.close();
    const names = (await readdir(folder)).sort();
    assert.deepEqual(names, ['main.1.log', 'main.2.log', 'main.3.log', 'main.4.log', 'main.log']);
    for (const name of names) assert.ok((await stat(path.join(folder, name))).size <= 30, name);
    assert.equal(await read('main.log'), line(100));
    assert.equal(await read('main.4.log'), line(88) + line(89) + line(90));
  });

  it('goes on from the size a previous run left', async () => {
    const first = new RotatingFile({ dir: folder, name: 'main.log', maxBytes: 30, maxFiles: 2 });
    first.append(line(1) + line(2));
    first.close();
    const second = new RotatingFile({ dir: folder, name: 'main.log', maxBytes: 30, maxFiles: 2 });
    second.append(line(3));
    second.append(line(4));
    second.close();
    assert.equal(await read('main.1.log'), line(1) + line(2) + line(3));
    assert.equal(await read('main.log'), line(4));
  });

  it('writes a line longer than maxBytes whole, into a file of its own', async () => {
    const file = new RotatingFile({ dir: folder, name: 'main.log', maxBytes: 30, maxFiles: 3 });
    file.append(line(1));
    file.append(`${'x'.repeat(50)}\n`);
    file.append(line(2));
    file.close();
    assert.equal(await read('main.2.log'), line(1));
    assert.equal(await read('main.1.log'), `${'x'.repeat(50)}\n`);
    assert.equal(await read('main.log'), line(2));
  });

  it('goes on when someone deleted an older file', async () => {
    const file = new RotatingFile({ dir: folder, name: 'main.log', maxBytes: 10, maxFiles: 4 });
    for (let n = 1; n <= 3; n++) file.append(line(n));
    await unlink(path.join(folder, 'main.1.log'));
    file.append(line(4));
    file.close();
    assert.equal(await read('main.log'), line(4));
    assert.equal(await read('main.1.log'), line(3));
    assert.equal(await read('main.3.log'), line(1));
  });
});
