import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { snapshotSchema } from '../../shared/snapshot/snapshot-schema.ts';
import { closedPort } from '../sources/http/testing/closed-port.ts';
import { runCli } from './cli.ts';

const SEVEN_DOMAINS = [
  'helpdesk',
  'ggd-portal',
  'security',
  'privacy',
  'alerting',
  'website',
  'escalation',
];
const USAGE_HINT = 'Run "dijkwacht --help" for usage.\n';
const SNAPSHOT_HINT = 'Run "dijkwacht snapshot --help" for usage.\n';
let folder = '';

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-cli-'));
});
after(() => rm(folder, { recursive: true, force: true }));

/** A source nobody answers (a closed loopback port): a config needs one, and it keeps every domain unknown. */
async function unreachableSource(): Promise<string> {
  return `sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:${await closedPort()}" }\n`;
}

async function configFile(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}

describe('runCli: help, version, usage errors', () => {
  for (const argv of [[], ['--help'], ['-h'], ['help']]) {
    it(`prints the help for [${argv.join(' ')}] and exits 0`, async () => {
      const { code, stdout, stderr } = await run(argv);
      assert.equal(code, 0);
      assert.equal(stderr, '');
      assert.match(stdout, /^dijkwacht — war-room dashboard for heightened monitoring\n/);
      assert.ok(
        stdout.includes(
          'dijkwacht snapshot --config FILE [--format json|text] [--lang nl|en] [--now ISO]',
        ),
      );
      assert.ok(
        stdout.includes(
          'Exit code: 2 critical, 1 warning, 3 unknown (or an unusable config), 0 ok.',
        ),
      );
    });
  }

  for (const flag of ['--version', '-v']) {
    it(`prints the package version for ${flag}`, async () => {
      const { version } = JSON.parse(
        await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
      ) as { version: string };
      assert.deepEqual(await run([flag]), { code: 0, stdout: `${version}\n`, stderr: '' });
    });
  }

  const usage: [string, string[], string][] = [
    [
      'snapshot without --config or DIJKWACHT_CONFIG',
      ['snapshot'],
      'dijkwacht: snapshot needs --config FILE (or DIJKWACHT_CONFIG=FILE in the environment)\n',
    ],
    [
      'an unknown format',
      ['snapshot', '--config', 'c.yaml', '--format', 'xml'],
      'dijkwacht: --format takes json or text\n',
    ],
    [
      'a bad --now',
      ['snapshot', '--config', 'c.yaml', '--now', 'teatime'],
      'dijkwacht: --now takes an ISO 8601 time such as 2020-10-10T12:00:00Z\n',
    ],
    [
      'an unknown option',
      ['snapshot', '--config', 'c.yaml', '--bogus'],
      "dijkwacht: Unknown option '--bogus'\n",
    ],
    [
      'a stray argument',
      ['snapshot', '--config', 'c.yaml', 'extra'],
      "dijkwacht: Unexpected argument 'extra'. This command does not take positional arguments\n",
    ],
  ];
  for (const [name, argv, message] of usage) {
    it(`exits 3 on ${name}, pointing at the command's help`, async () => {
      assert.deepEqual(await run(argv), { code: 3, stdout: '', stderr: message + SNAPSHOT_HINT });
    });
  }

  it('takes an empty DIJKWACHT_CONFIG for none, as the app does', async () => {
    const { code, stderr } = await run(['snapshot'], { DIJKWACHT_CONFIG: '' });
    assert.equal(code, 3);
    assert.match(stderr, /^dijkwacht: snapshot needs --config FILE /);
  });

  it("points simulate's usage errors at simulate --help", async () => {
    assert.deepEqual(await run(['simulate', '--bogus']), {
      code: 3,
      stdout: '',
      stderr: `dijkwacht: Unknown option '--bogus'\nRun "dijkwacht simulate --help" for usage.\n`,
    });
  });

  for (const argv of [['frobnicate'], ['help', 'frobnicate']]) {
    it(`exits 3 on an unknown command: [${argv.join(' ')}]`, async () => {
      assert.deepEqual(await run(argv), {
        code: 3,
        stdout: '',
        stderr: `dijkwacht: unknown command "frobnicate"\n${USAGE_HINT}`,
      });
    });
  }
});

describe('runCli: every command answers --help', () => {
  // A config that cannot be read: the help must not even look at it.
  const env = { DIJKWACHT_CONFIG: '/nonexistent/dijkwacht.yaml' };
  const helps: [string[], RegExp, string[]][] = [
    [
      ['snapshot', '--help'],
      /^Usage: dijkwacht snapshot \[--config FILE\] \[--format json\|text\] \[--lang nl\|en\] \[--now ISO\]\n/,
      [
        '--config FILE',
        'DIJKWACHT_CONFIG',
        '--format json|text',
        '--lang nl|en',
        '--now ISO',
        'Exit codes',
      ],
    ],
    [
      ['simulate', '--help'],
      /^Usage: dijkwacht simulate \[--scenario NAME\] \[--speed N\] \[--out FILE\]\n/,
      ['default: launch-weekend', 'default: 20', '--out FILE', 'Exit codes'],
    ],
  ];
  for (const [[command, flag], usage, mentions] of helps) {
    for (const argv of [
      [command!, flag!],
      [command!, '-h'],
      ['help', command!],
    ]) {
      it(`[${argv.join(' ')}] prints the usage of ${command} and exits 0`, async () => {
        const { code, stdout, stderr } = await run(argv, env);
        assert.equal(stderr, '');
        assert.equal(code, 0);
        assert.match(stdout, usage);
        for (const mention of mentions) assert.ok(stdout.includes(mention), mention);
      });
    }
  }

  it('answers --help before checking the other options', async () => {
    const { code, stdout } = await run(['snapshot', '--format', 'xml', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: dijkwacht snapshot /);
  });
});

describe('runCli: unexpected errors', () => {
  /** runCli with an stdout that fails, as a closed pipe or a full disk would. */
  async function runFailing(argv: string[], thrown: unknown, env: Record<string, string> = {}) {
    let stderr = '';
    const code = await runCli(argv, {
      stdout: () => {
        throw thrown;
      },
      stderr: (text) => (stderr += text),
      env,
    });
    return { code, stderr };
  }
  const brokenPipe = () => new Error('write EPIPE\n    at fake (cli.ts:1:1)\nand more');

  it('exits 3 with one line naming the command, no stack trace', async () => {
    assert.deepEqual(await runFailing(['--version'], brokenPipe()), {
      code: 3,
      stderr: 'dijkwacht: unexpected error in version: write EPIPE\n',
    });
    const file = await configFile('unexpected.yaml', `title: x\n${await unreachableSource()}`);
    assert.deepEqual(
      await runFailing(['snapshot', '--config', file, '--now', '2020-10-10T12:00:00Z'], 'boom'),
      { code: 3, stderr: 'dijkwacht: unexpected error in snapshot: boom\n' },
    );
  });

  it('adds the stack trace when DIJKWACHT_DEBUG=1', async () => {
    const error = brokenPipe();
    const { code, stderr } = await runFailing(['--help'], error, { DIJKWACHT_DEBUG: '1' });
    assert.equal(code, 3);
    assert.equal(stderr, `dijkwacht: unexpected error in help: write EPIPE\n${error.stack}\n`);
  });
});

describe('runCli snapshot', () => {
  const NOW = '2020-10-10T12:00:00.000Z';

  it('prints every domain, in order, unknown, when its only source is unreachable, and exits 3', async () => {
    const file = await configFile(
      'unreachable.yaml',
      `title: Geen data\n${await unreachableSource()}`,
    );
    const { code, stdout, stderr } = await run([
      'snapshot',
      '--config',
      file,
      '--format',
      'json',
      '--now',
      NOW,
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 3);
    const snapshot = snapshotSchema.parse(JSON.parse(stdout));
    assert.deepEqual(
      snapshot.domains.map((domain) => [domain.id, domain.status]),
      SEVEN_DOMAINS.map((id) => [id, 'unknown']),
    );
    assert.equal(snapshot.generatedAt, NOW);
    assert.equal(snapshot.demo, false);
    assert.deepEqual(
      snapshot.sources.map((source) => [source.id, source.health]),
      [['am', 'failing']],
    );
    assert.ok(stdout.endsWith('}\n'));
  });

  it('defaults to JSON and reads a JSON config', async () => {
    const source = {
      id: 'am',
      kind: 'alertmanager',
      url: `http://127.0.0.1:${await closedPort()}`,
    };
    const file = await configFile(
      'config.json',
      JSON.stringify({ title: 'JSON', sources: [source] }),
    );
    const { code, stdout } = await run(['snapshot', '--config', file, '--now', NOW]);
    assert.equal(code, 3);
    assert.deepEqual(
      JSON.parse(stdout).domains.map((domain: { id: string }) => domain.id),
      SEVEN_DOMAINS,
    );
  });

  it('reports a source it cannot reach as failing, its domains unknown, and never prints the token', async () => {
    // A loopback port nobody listens on: tests never reach for the real StatusCake.
    const file = await configFile(
      'sources.yaml',
      `sources:\n  - { id: sc, kind: statuscake, url: "http://127.0.0.1:${await closedPort()}", token: { env: SC_TOKEN } }\n`,
    );
    const { code, stdout } = await run(['snapshot', '--config', file, '--now', NOW], {
      SC_TOKEN: 'token-value',
    });
    assert.equal(code, 3);
    assert.ok(!stdout.includes('token-value'));
    const snapshot = snapshotSchema.parse(JSON.parse(stdout));
    assert.deepEqual(snapshot.sources, [
      {
        id: 'sc',
        kind: 'statuscake',
        health: 'failing',
        lastSuccessAt: null,
        error: {
          category: 'unreachable',
          detail: 'connection refused (ECONNREFUSED)',
          retryAt: null,
        },
        nextPollAt: null,
      },
    ]);
    assert.equal(snapshot.domains.find((domain) => domain.id === 'website')?.status, 'unknown');
  });

  it('prints text with --format text', async () => {
    const file = await configFile('text.yaml', await unreachableSource());
    const { code, stdout } = await run([
      'snapshot',
      '--config',
      file,
      '--format',
      'text',
      '--now',
      NOW,
    ]);
    assert.equal(code, 3);
    const lines = stdout.split('\n');
    assert.match(
      lines[0] ?? '',
      /^DIJKWACHT UNKNOWN - Helpdesk, GGD-portaal, .* \| critical=0;;;0;7 /,
    );
    assert.match(lines[1] ?? '', /^Dijkwacht-momentopname \d\d:\d\d \(Europe\/Amsterdam\)$/);
    assert.equal(lines[3], 'ONBEKEND     Helpdesk');
    assert.equal(lines.at(-3), 'Bronnen:');
    assert.match(
      lines.at(-2) ?? '',
      / am \(Alertmanager, nog geen gegevens\) — bron onbereikbaar: .*connection refused/,
    );
  });

  it('prints English text with --lang en', async () => {
    const file = await configFile('text-en.yaml', await unreachableSource());
    const { stdout } = await run([
      'snapshot',
      '--config',
      file,
      '--format',
      'text',
      '--lang',
      'en',
    ]);
    assert.match(stdout, /\nUNKNOWN {2}Helpdesk\n/);
    assert.match(
      stdout,
      / am \(Alertmanager, no data yet\) — source unreachable: .*connection refused/,
    );
  });

  it('refuses a language it does not speak', async () => {
    const file = await configFile('text-fr.yaml', await unreachableSource());
    const { code, stderr } = await run(['snapshot', '--config', file, '--lang', 'fr']);
    assert.equal(code, 3);
    assert.match(stderr, /--lang takes nl or en/);
  });

  const noStack = (stderr: string) =>
    assert.ok(!/^\s+at /m.test(stderr) && !stderr.includes('.ts:'), stderr);

  it('exits 3 on a bad config, naming the file and the path, without a stack trace', async () => {
    const file = await configFile(
      'bad.yaml',
      'sources:\n  - { id: sc, kind: statuscake, url: "https://a.b", token: { env: T } }\n  - { id: am, kind: alertmanager, url: "https://c.d", interval: 5 minutes }\n',
    );
    const { code, stdout, stderr } = await run(['snapshot', '--config', file], {
      T: 'token-t0ken',
    });
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `dijkwacht: the config cannot be used:\n${file}:3:65: sources[1].interval: expected a duration such as 30s, 15m or 6h\n`,
    );
    noStack(stderr);
  });

  it('exits 3 on a missing env secret, naming sources[0].password and the variable', async () => {
    const file = await configFile(
      'secret.yaml',
      'sources:\n  - { id: td, kind: topdesk, url: "https://x.topdesk.net", username: api, password: { env: TOPDESK_APP_PASSWORD } }\n',
    );
    const { code, stdout, stderr } = await run(['snapshot', '--config', file], {});
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `dijkwacht: the config cannot be used:\n${file}:2:85: sources[0].password: expected the environment variable TOPDESK_APP_PASSWORD to hold the secret, but it is not set\n`,
    );
    noStack(stderr);
  });

  it('exits 3 on a YAML syntax error with its line', async () => {
    const file = await configFile('syntax.yaml', 'title: x\ndomains:\n\t- a\n');
    const { code, stderr } = await run(['snapshot', '--config', file]);
    assert.equal(code, 3);
    assert.equal(
      stderr,
      `dijkwacht: the config cannot be used:\n${file}: not valid YAML or JSON at line 3, column 1: tab as indent\n`,
    );
  });

  it('reads the config named by DIJKWACHT_CONFIG when --config is absent', async () => {
    const file = await configFile('from-env.yaml', `demo: true\n${await unreachableSource()}`);
    const { code, stdout, stderr } = await run(['snapshot', '--now', NOW], {
      DIJKWACHT_CONFIG: file,
    });
    assert.equal(stderr, '');
    assert.equal(code, 3);
    assert.equal(snapshotSchema.parse(JSON.parse(stdout)).demo, true);
  });

  it('prefers --config to DIJKWACHT_CONFIG', async () => {
    const file = await configFile('from-flag.yaml', `demo: false\n${await unreachableSource()}`);
    const { code, stdout, stderr } = await run(['snapshot', '--config', file, '--now', NOW], {
      DIJKWACHT_CONFIG: path.join(folder, 'nope.yaml'),
    });
    assert.equal(stderr, '');
    assert.equal(code, 3);
    assert.equal(snapshotSchema.parse(JSON.parse(stdout)).demo, false);
  });

  it('names the file from DIJKWACHT_CONFIG when it cannot be read', async () => {
    const file = path.join(folder, 'env-nope.yaml');
    assert.deepEqual(await run(['snapshot'], { DIJKWACHT_CONFIG: file }), {
      code: 3,
      stdout: '',
      stderr: `dijkwacht: the config cannot be used:\n${file}: cannot read the file: no such file\n`,
    });
  });

  it('exits 3 on a missing config file, naming it', async () => {
    const file = path.join(folder, 'nope.yaml');
    assert.deepEqual(await run(['snapshot', '--config', file]), {
      code: 3,
      stdout: '',
      stderr: `dijkwacht: the config cannot be used:\n${file}: cannot read the file: no such file\n`,
    });
  });
});
