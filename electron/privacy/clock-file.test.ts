import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { sampleClock, sampleDecision } from '../../shared/privacy/testing/sample-clocks.ts';
import { PRIVACY_CLOCK_FILE, PrivacyClockFile, PrivacyClockFileError } from './clock-file.ts';

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-privacy-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const TIMELINE = '/srv/dijkwacht/timeline.sqlite';
const clock = sampleClock('2026-11-29T12:00:00.000Z');
const file = () => path.join(dataDir, PRIVACY_CLOCK_FILE);

describe('the privacy clock file', () => {
  it('holds no clocks before the first is started', async () => {
    assert.deepEqual(await new PrivacyClockFile(dataDir, TIMELINE).read(), []);
  });

  it('gives the clocks back after a restart, exactly as written', async () => {
    const before = new PrivacyClockFile(dataDir, TIMELINE);
    await before.read();
    const decided = {
      ...clock,
      id: 'ticket:t-2',
      decision: sampleDecision('2026-11-29T13:00:00.000Z'),
    };
    await before.write([clock, decided]);
    const after = new PrivacyClockFile(dataDir, TIMELINE);
    assert.deepEqual(await after.read(), [clock, decided]);
    // Written aside and renamed: nothing is left beside it.
    assert.deepEqual(await readdir(dataDir), [PRIVACY_CLOCK_FILE]);
  });

  it('keeps each timeline’s clocks apart, and another timeline’s untouched', async () => {
    const demo = new PrivacyClockFile(dataDir, '/data/demo-timeline.sqlite');
    await demo.read();
    await demo.write([clock]);
    const real = new PrivacyClockFile(dataDir, TIMELINE);
    assert.deepEqual(await real.read(), []);
    await real.write([{ ...clock, id: 'ticket:real' }]);
    assert.deepEqual(await new PrivacyClockFile(dataDir, '/data/demo-timeline.sqlite').read(), [
      clock,
    ]);
  });

  it('is never written before it was read', async () => {
    await assert.rejects(
      new PrivacyClockFile(dataDir, TIMELINE).write([clock]),
      PrivacyClockFileError,
    );
  });

  const broken: [string, string, RegExp][] = [
    ['cut off', '{"version":1,"timelines":{"x":[', /not JSON .*: damaged/],
    ['not ours', '{"name":"Anna"}', /not a clock file: (version|timelines)/],
    [
      'a clock without its deadline’s start',
      JSON.stringify({ version: 1, timelines: { [TIMELINE]: [{ ...clock, awareness: null }] } }),
      /not a clock file: timelines\..*\.0\.awareness/,
    ],
    [
      'from a newer build',
      JSON.stringify({ version: 2, timelines: {} }),
      /newer Dijkwacht \(version 2\)/,
    ],
  ];
  for (const [what, content, message] of broken)
    it(`refuses a file that is ${what}, naming it, and leaves it as it is`, async () => {
      await writeFile(file(), content);
      const clocks = new PrivacyClockFile(dataDir, TIMELINE);
      await assert.rejects(clocks.read(), (error: unknown) => {
        assert.ok(error instanceof PrivacyClockFileError);
        assert.equal(error.file, file());
        assert.match(error.message, new RegExp(`^${file().replace(/[.\\/]/g, '\\$&')}: `));
        assert.match(error.detail, message);
        return true;
      });
      await assert.rejects(clocks.write([clock]), PrivacyClockFileError);
      assert.equal(await readFile(file(), 'utf8'), content);
    });

  it('refuses a file far too big to be one', async () => {
    await writeFile(file(), ' '.repeat(4 * 1024 * 1024 + 1));
    await assert.rejects(new PrivacyClockFile(dataDir, TIMELINE).read(), /larger than/);
  });
});
