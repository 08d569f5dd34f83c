import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { MainLog, routeConsole } from './main-log.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-main-log-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const SECRET = 'topdesk-application-password';

describe('MainLog', () => {
  it('writes each line with its ISO time to main.log, and echoes it', async () => {
    const echoed: string[] = [];
    const log = new MainLog({
      dir: folder,
      clock: new FakeClock('2026-11-29T08:00:00.000Z'),
      echo: (line) => void echoed.push(line),
    });
    log.line('Dijkwacht: the wall is on display 2 (saved)');
    log.close();
    assert.equal(
      await readFile(log.file, 'utf8'),
      '2026-11-29T08:00:00.000Z Dijkwacht: the wall is on display 2 (saved)\n',
    );
    assert.deepEqual(echoed, ['Dijkwacht: the wall is on display 2 (saved)']);
  });

  it('scrubs configured secrets from the file and from the echo', async () => {
    const echoed: string[] = [];
    const log = new MainLog({
      dir: folder,
      clock: new FakeClock(),
      echo: (l) => void echoed.push(l),
    });
    const basic = Buffer.from(`dijkwacht-api:${SECRET}`).toString('base64');
    log.scrubber.add([SECRET, `dijkwacht-api:${SECRET}`]);
    log.line(`source topdesk answered 401 for ${SECRET}`);
    log.line(`sent Authorization ${basic}`);
    log.close();
    const text = await readFile(log.file, 'utf8');
    assert.ok(!text.includes(SECRET), text);
    assert.ok(!text.includes(basic), text);
    assert.ok(!echoed.join('\n').includes(SECRET));
    assert.match(text, /answered 401 for «secret»/);
  });

  it('indents the continuation lines of a multi-line message', async () => {
    const log = new MainLog({ dir: folder, clock: new FakeClock('2026-11-29T08:00:00.000Z') });
    log.line('Dijkwacht cannot start: The config cannot be used:\n\nc.yaml:3:1: sources: …');
    log.close();
    assert.equal(
      await readFile(log.file, 'utf8'),
      '2026-11-29T08:00:00.000Z Dijkwacht cannot start: The config cannot be used:\n    \n    c.yaml:3:1: sources: …\n',
    );
  });

  it('rotates: 5 files of at most 1 MB by default, here smaller', async () => {
    const log = new MainLog({ dir: folder, clock: new FakeClock(), maxBytes: 200, maxFiles: 3 });
    for (let n = 0; n < 50; n++) log.line(`line ${n}`);
    log.close();
    assert.deepEqual((await readdir(folder)).sort(), ['main.1.log', 'main.2.log', 'main.log']);
    assert.match(await readFile(log.file, 'utf8'), /line 49\n$/);
  });

  it('cuts a runaway line', async () => {
    const log = new MainLog({ dir: folder, clock: new FakeClock() });
    log.line('x'.repeat(100_000));
    log.close();
    const text = await readFile(log.file, 'utf8');
    assert.ok(text.length < 9_000);
    assert.match(text, /…\(cut\)\n$/);
  });

  it('never throws when the log cannot be written: it says so once on the echo', async (t) => {
    if (process.platform === 'win32' || process.getuid?.() === 0)
      return t.skip('permissions do not stop this user from writing');
    const locked = path.join(folder, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    const echoed: string[] = [];
    const log = new MainLog({
      dir: path.join(locked, 'logs'),
      clock: new FakeClock(),
      echo: (line) => void echoed.push(line),
    });
    try {
      assert.doesNotThrow(() => log.line('one'));
      log.line('two');
      assert.equal(echoed.filter((line) => line.includes('cannot write the log')).length, 1);
      assert.deepEqual(
        echoed.filter((line) => !line.includes('cannot write the log')),
        ['one', 'two'],
      );
    } finally {
      await chmod(locked, 0o700);
    }
  });
});

describe('routeConsole', () => {
  it('sends console.error, warn, log and info through the log, and puts console back', () => {
    const lines: string[] = [];
    const target = {
      log: (..._args: unknown[]) => assert.fail('original log'),
      info: (..._args: unknown[]) => assert.fail('original info'),
      warn: (..._args: unknown[]) => assert.fail('original warn'),
      error: (..._args: unknown[]) => assert.fail('original error'),
      debug: (..._args: unknown[]) => assert.fail('original debug'),
    };
    const original = target.error;
    const restore = routeConsole(target, (line) => void lines.push(line));
    target.error('dijkwacht: %s; this collector records no more', 'the store is gone');
    target.warn('a warning', { code: 7 });
    target.log('plain');
    assert.deepEqual(lines, [
      'dijkwacht: the store is gone; this collector records no more',
      'a warning { code: 7 }',
      'plain',
    ]);
    restore();
    assert.equal(target.error, original);
  });
});
