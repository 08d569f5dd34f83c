import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RememberedWarRoom, WAR_ROOM_FILE_NAME } from './war-room-file.ts';

const URL = 'postgres://dijkwacht@db.example.nl:5432/warroom?sslmode=verify-full';

let folder = '';
let lines: string[] = [];
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-war-room-file-'));
  lines = [];
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const remembered = () => new RememberedWarRoom(folder, (line) => lines.push(line));
const file = () => path.join(folder, WAR_ROOM_FILE_NAME);

describe('RememberedWarRoom', () => {
  it('remembers nothing before a choice, and says nothing about it', async () => {
    assert.equal(await remembered().read(), null);
    assert.deepEqual(lines, []);
  });

  it('keeps the URL to join and forgets it on leaving, as { join }', async () => {
    await remembered().write(URL);
    assert.equal(await remembered().read(), URL);
    assert.deepEqual(JSON.parse(await readFile(file(), 'utf8')), { join: URL });
    await remembered().write(null);
    assert.equal(await remembered().read(), null);
    assert.deepEqual(JSON.parse(await readFile(file(), 'utf8')), { join: null });
  });

  it('writes atomically, for this user alone, and leaves no temporary file', async (t) => {
    await remembered().write(URL);
    assert.deepEqual(await readdir(folder), [WAR_ROOM_FILE_NAME]);
    if (process.platform === 'win32') return t.skip('Windows has no POSIX modes');
    assert.equal((await stat(file())).mode & 0o777, 0o600);
  });

  for (const [name, text] of [
    ['not JSON', '{"join": "postgres://db/wa'],
    ['a foreign key', '{"join": null, "password": "x"}'],
    ['a number', '{"join": 5432}'],
    ['an empty URL', '{"join": ""}'],
    ['an oversized file', JSON.stringify({ join: `postgres://db/${'x'.repeat(10_000)}` })],
  ] as const) {
    it(`reads ${name} as no choice, and logs it`, async () => {
      await writeFile(file(), text);
      assert.equal(await remembered().read(), null);
      assert.equal(lines.length, 1);
      assert.match(lines[0] ?? '', /war-room\.json is damaged; starting as if no war room/);
    });
  }

  it('reads a folder in its place as no choice, and logs why', async () => {
    await rm(file(), { force: true });
    await import('node:fs/promises').then(({ mkdir }) => mkdir(file()));
    assert.equal(await remembered().read(), null);
    assert.match(lines[0] ?? '', /cannot be read \(it is a folder\)/);
  });

  it('refuses to write what it could not read back', async () => {
    await assert.rejects(remembered().write(''));
    await assert.rejects(stat(file()), { code: 'ENOENT' });
  });
});
