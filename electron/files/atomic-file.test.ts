import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { readCapped, writeFileAtomic } from './atomic-file.ts';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), 'dijkwacht-atomic-'));
  folders.push(made);
  return made;
}

describe('writeFileAtomic', () => {
  it('writes the whole text, into a folder it makes, and leaves no temporary file', async () => {
    const file = path.join(await folder(), 'nested', 'contacts.json');
    await writeFileAtomic(file, '{"a":1}\n');
    assert.equal(await readFile(file, 'utf8'), '{"a":1}\n');
    assert.deepEqual(await readdir(path.dirname(file)), ['contacts.json']);
  });

  it('keeps the file for its user alone (0600), where the platform has modes', async (t) => {
    if (process.platform === 'win32') return t.skip('Windows has no POSIX modes');
    const file = path.join(await folder(), 'contacts.json');
    await writeFileAtomic(file, 'x');
    assert.equal((await stat(file)).mode & 0o777, 0o600);
  });

  it('leaves the old file whole when the rename fails, and removes its temporary file', async () => {
    const dir = await folder();
    const file = path.join(dir, 'contacts.json');
    await writeFile(file, 'old');
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    await assert.rejects(
      writeFileAtomic(file, 'new', {
        rename: async () => {
          throw full;
        },
      }),
      full,
    );
    assert.equal(await readFile(file, 'utf8'), 'old');
    assert.deepEqual(await readdir(dir), ['contacts.json']);
  });

  it('stopped before the rename (a crash), the old file is what is there', async () => {
    const dir = await folder();
    const file = path.join(dir, 'contacts.json');
    await writeFile(file, 'old');
    let temporaryContent = '';
    await assert.rejects(
      writeFileAtomic(file, 'new', {
        rename: async (from) => {
          temporaryContent = await readFile(from, 'utf8');
          throw new Error('crash');
        },
      }),
    );
    assert.equal(temporaryContent, 'new', 'the new text was whole before the rename');
    assert.equal(await readFile(file, 'utf8'), 'old');
  });

  it('writes at once from two callers without mixing them', async () => {
    const file = path.join(await folder(), 'contacts.json');
    const texts = Array.from({ length: 20 }, (_, index) => `${index}`.repeat(10_000));
    await Promise.all(texts.map((text) => writeFileAtomic(file, text)));
    assert.ok(texts.includes(await readFile(file, 'utf8')));
    assert.deepEqual(await readdir(path.dirname(file)), ['contacts.json']);
  });
});

describe('readCapped', () => {
  it('reads no more than the limit', async () => {
    const file = path.join(await folder(), 'big.csv');
    await writeFile(file, 'x'.repeat(5_000));
    assert.equal((await readCapped(file, 100)).length, 100);
    assert.equal((await readCapped(file, 10_000)).length, 5_000);
  });
});
