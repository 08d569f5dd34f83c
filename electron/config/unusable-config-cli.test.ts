import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../cli/cli.ts';

/**
 * A config that cannot be used, through the command line as a monitoring system runs it:
 * exit 3 and, under the heading, one line that names the file and says what is wrong.
 */
let folder = '';
before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-unusable-'));
});
after(() => rm(folder, { recursive: true, force: true }));

async function snapshot(name: string, text: string, env: Record<string, string> = {}) {
  const file = path.join(folder, name);
  await writeFile(file, text);
  let stdout = '';
  let stderr = '';
  const code = await runCli(['snapshot', '--config', file], {
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    env,
  });
  return { file, code, stdout, stderr };
}

/**
 * Exit 3, nothing on stdout, the heading and exactly the one line `${file}${rest}`: `rest` is
 * `: message` for the whole file, `:line:column: path: message` for a place in it.
 */
function assertRefused(run: Awaited<ReturnType<typeof snapshot>>, rest: string): void {
  assert.equal(run.code, 3);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr, `dijkwacht: the config cannot be used:\n${run.file}${rest}\n`);
}

const SOURCE = '  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';

describe('dijkwacht snapshot on a config that cannot be used', () => {
  it('an alias bomb', async () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefg'
        .split('')
        .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`),
      '',
    ].join('\n');
    assertRefused(
      await snapshot('bomb.yaml', bomb),
      ': not valid YAML or JSON: its aliases (*name) expand to more than 100 copies, the limit that stops an alias bomb',
    );
  });

  it('a file over 1 MB', async () => {
    assertRefused(
      await snapshot('huge.yaml', `sources:\n${SOURCE}${'# padding\n'.repeat(120_000)}`),
      ': the file is larger than the 1 MB limit',
    );
  });

  it('no sources', async () => {
    assertRefused(
      await snapshot('empty.yaml', '# nothing yet\n'),
      ': no sources configured (add at least one under sources:)',
    );
  });

  it('an interval that would overflow the timer', async () => {
    assertRefused(
      await snapshot('interval.yaml', `sources:\n${SOURCE.replace(' }', ', interval: 25d }')}`),
      ':2:75: sources[0].interval: expected a duration from 5s to 1d',
    );
  });

  it('a secret with a trailing newline', async () => {
    const text =
      'sources:\n  - { id: td, kind: topdesk, url: "https://x.topdesk.net", username: api, password: { env: TOPDESK_APP_PASSWORD } }\n';
    const run = await snapshot('secret.yaml', text, { TOPDESK_APP_PASSWORD: 'SENTINEL-9c1d\n' });
    assertRefused(
      run,
      ':2:85: sources[0].password: the environment variable TOPDESK_APP_PASSWORD holds a line break or control character, which cannot be sent in an HTTP header (check for a trailing newline)',
    );
    assert.ok(!run.stderr.includes('SENTINEL'));
  });

  it('a priority pattern that can take exponential time', async () => {
    assertRefused(
      await snapshot('regex.yaml', `sources:\n${SOURCE}priorities: { P0: "^(P0|Prio 0)+$" }\n`),
      ':3:19: priorities.P0: expected a regular expression without a repeated group that repeats inside or has alternatives, such as (a+)+ or (a|aa)+ (they can take exponential time)',
    );
  });
});
