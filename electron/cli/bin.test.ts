import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { closedPort } from '../sources/http/testing/closed-port.ts';

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

/**
 * Runs the bin as `npx dijkwacht` would, with a clean environment. `preload` is a module Node
 * loads first (`--import`): the tests' way into the process without hooks in the product.
 */
function runBin(
  node: string,
  args: string[],
  options: { env?: Record<string, string>; preload?: string } = {},
) {
  const preload = options.preload ? ['--import', pathToFileURL(options.preload).href] : [];
  const result = spawnSync(node, [...preload, BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a preload module into the test folder and returns its path. */
async function preloadFile(name: string, source: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, source);
  return file;
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
    // A config needs a source; one on a closed loopback port keeps the run offline.
    const url = `http://127.0.0.1:${await closedPort()}`;
    await writeFile(
      file,
      `title: bin\nsources:\n  - { id: am, kind: alertmanager, url: "${url}" }\n`,
    );
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
      `dijkwacht: the config cannot be used:\n${file}:2:3: domains.foo: unknown domain (expected one of helpdesk, ggd-portal, security, privacy, alerting, website, escalation)\n`,
    );
  });

  it('exits 3 with one line, and does not hang on its servers, when simulate --out cannot be written', () => {
    const out = '/nonexistent/dir/x.yaml';
    assert.deepEqual(runBin(process.execPath, ['simulate', '--out', out]), {
      code: 3,
      stdout: '',
      stderr: `dijkwacht: simulate: cannot write the demo config to ${out}: no such folder\n`,
    });
  });

  describe('an error nothing else caught', () => {
    // Makes the bin's import of cli.ts fail, as a broken install would.
    const failingImport = `import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === './cli.ts') throw new Error('cannot load cli.ts\\nsecond line');
    return nextResolve(specifier, context);
  },
});
`;

    it('exits 3 with one line naming the command, no stack trace', async () => {
      const preload = await preloadFile('failing-import.mjs', failingImport);
      assert.deepEqual(runBin(process.execPath, ['--version'], { preload }), {
        code: 3,
        stdout: '',
        stderr: 'dijkwacht: unexpected error in version: cannot load cli.ts\n',
      });
    });

    it('adds the stack trace with DIJKWACHT_DEBUG=1', async () => {
      const preload = await preloadFile('failing-import.mjs', failingImport);
      const { code, stderr } = runBin(process.execPath, ['snapshot'], {
        preload,
        env: { DIJKWACHT_DEBUG: '1' },
      });
      assert.equal(code, 3);
      assert.match(
        stderr,
        /^dijkwacht: unexpected error in snapshot: cannot load cli\.ts\nError: cannot load cli\.ts\nsecond line\n {4}at /,
      );
    });

    it('exits 3 on an unhandled rejection, even with the demo servers running', async () => {
      // Rejects, unhandled, once simulate says it is running.
      const preload = await preloadFile(
        'late-rejection.mjs',
        `const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (text, ...rest) => {
  if (String(text).includes('Ctrl-C stops')) Promise.reject(new Error('late failure\\nmore'));
  return write(text, ...rest);
};
`,
      );
      const { code, stderr } = runBin(process.execPath, ['simulate', '--speed', '60'], {
        preload,
      });
      assert.equal(code, 3);
      assert.ok(
        stderr.endsWith('Ctrl-C stops.\ndijkwacht: unexpected error in simulate: late failure\n'),
        stderr,
      );
    });
  });

  describe('loads per command only what that command needs', () => {
    /** The modules a run of the bin resolved, as URLs, recorded by a resolve hook. */
    async function modulesLoaded(args: string[]): Promise<string[]> {
      const list = path.join(folder, 'modules.txt');
      const preload = await preloadFile(
        'record-modules.mjs',
        `import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const urls = [];
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    urls.push(result.url);
    return result;
  },
});
process.on('exit', () => writeFileSync(${JSON.stringify(list)}, urls.join('\\n')));
`,
      );
      runBin(process.execPath, args, { preload });
      return (await readFile(list, 'utf8')).split('\n');
    }
    const heavy = /node_modules|snapshot-command|simulate-command|\/simulator\/|\/collector\//;

    for (const args of [['--version'], ['--help'], ['snapshot', '--help'], ['simulate', '--help']])
      it(`[${args.join(' ')}] loads neither the snapshot nor the simulator graph`, async () => {
        const loaded = await modulesLoaded(args);
        assert.ok(
          loaded.some((url) => url.endsWith('/electron/cli/cli.ts')),
          'the hook sees the CLI',
        );
        assert.deepEqual(
          loaded.filter((url) => heavy.test(url)),
          [],
        );
      });

    it('(the hook does see what a command loads on demand)', async () => {
      const loaded = await modulesLoaded(['snapshot', '--config', path.join(folder, 'none.yaml')]);
      assert.ok(loaded.some((url) => url.endsWith('/electron/cli/snapshot-command.ts')));
      assert.ok(loaded.some((url) => url.includes('/node_modules/')));
    });
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
