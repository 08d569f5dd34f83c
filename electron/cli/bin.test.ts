import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';

// Plain JavaScript without type declarations: imported by URL and typed here.
const { checkNodeVersion } = (await import(
  new URL('./require-node.mjs', import.meta.url).href
)) as {
  checkNodeVersion: (version?: string) => string | null;
};
const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const OLD_NODE = '/usr/bin/node';
let folder = '';

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-bin-'));
});
after(() => rm(folder, { recursive: true, force: true }));

/** Runs the bin as `npx dijkwacht` would, with a clean environment. */
function runBin(node: string, args: string[]) {
  const result = spawnSync(node, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function nodeMajor(node: string): number | null {
  const result = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return result.status === 0 ? Number(result.stdout.split('.')[0]) : null;
}

describe('bin.mjs', () => {
  it('runs a snapshot end to end on this Node (24)', async () => {
    assert.equal(
      Number(process.versions.node.split('.')[0]) >= 24,
      true,
      'the tests run on Node 24',
    );
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(file, 'title: bin\n');
    const { code, stdout, stderr } = runBin(process.execPath, [
      'snapshot',
      '--config',
      file,
      '--now',
      '2020-10-10T12:00:00Z',
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 3);
    const snapshot = JSON.parse(stdout) as {
      generatedAt: string;
      domains: { id: string; status: string }[];
    };
    assert.equal(snapshot.generatedAt, '2020-10-10T12:00:00.000Z');
    assert.deepEqual(
      snapshot.domains.map((domain) => domain.id),
      ['helpdesk', 'ggd-portal', 'security', 'privacy', 'alerting', 'website', 'escalation'],
    );
    assert.ok(snapshot.domains.every((domain) => domain.status === 'unknown'));
  });

  it('exits 0 with --version', () => {
    const { code, stdout } = runBin(process.execPath, ['--version']);
    assert.equal(code, 0);
    assert.match(stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('exits 3 with one clear line on a bad config, no stack trace', async () => {
    const file = path.join(folder, 'bad.yaml');
    await writeFile(file, 'domains:\n  foo: {}\n');
    const { code, stdout, stderr } = runBin(process.execPath, ['snapshot', '--config', file]);
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `dijkwacht: the config cannot be used:\n${file}: domains.foo: unknown domain (expected one of helpdesk, ggd-portal, security, privacy, alerting, website, escalation)\n`,
    );
  });

  const oldMajor = existsSync(OLD_NODE) ? nodeMajor(OLD_NODE) : null;
  const skip =
    oldMajor === null
      ? `${OLD_NODE} is not installed here`
      : oldMajor >= 24
        ? `${OLD_NODE} is Node ${oldMajor}, not an old Node`
        : false;
  it('exits 3 with a one-line "needs Node.js 24" message on an old Node', { skip }, () => {
    const { code, stdout, stderr } = runBin(OLD_NODE, ['snapshot', '--config', 'whatever.yaml']);
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^Dijkwacht needs Node\.js 24 or newer \(this is Node\.js \d+\.\d+\.\d+\); see "Prerequisites" in README\.md\.\n$/,
    );
  });
});

describe('checkNodeVersion', () => {
  const cases: [string, string | null][] = [
    ['24.0.0', null],
    ['24.21.0', null],
    ['25.1.0', null],
    [
      '20.20.2',
      'Dijkwacht needs Node.js 24 or newer (this is Node.js 20.20.2); see "Prerequisites" in README.md.',
    ],
    [
      '23.11.1',
      'Dijkwacht needs Node.js 24 or newer (this is Node.js 23.11.1); see "Prerequisites" in README.md.',
    ],
  ];
  for (const [version, expected] of cases)
    it(`${version} → ${expected ?? 'fine'}`, () =>
      assert.equal(checkNodeVersion(version), expected));
});
