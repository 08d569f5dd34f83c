import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/cli.ts';

/**
 * A config the settings page wrote names its secrets as `{ keychain: NAME }`; the command line
 * has no keychain (only the app can open it) and says so in one line, naming the file, the
 * place and path in it, and what to write instead.
 */
let folder = '';
before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-keychain-cli-'));
});
after(() => rm(folder, { recursive: true, force: true }));

describe('dijkwacht snapshot on a config with { keychain: NAME }', () => {
  it('exits 3 with one line that says to use { env: NAME } for the command line', async () => {
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(
      file,
      [
        '# written by hand, then a source added from the app',
        'sources:',
        '  - id: statuscake',
        '    kind: statuscake',
        '    url: https://api.statuscake.com',
        '    token: { keychain: statuscake.token }',
        '',
      ].join('\n'),
    );
    let stdout = '';
    let stderr = '';
    const code = await runCli(['snapshot', '--config', file], {
      stdout: (chunk) => (stdout += chunk),
      stderr: (chunk) => (stderr += chunk),
      env: {},
    });
    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `dijkwacht: the config cannot be used:\n${file}:6:12: sources[0].token: expected { env: NAME }: the secret "statuscake.token" is in the Dijkwacht app's OS keychain, which the command line cannot open (give the command line the secret in an environment variable and write { env: NAME } here)\n`,
    );
  });
});
