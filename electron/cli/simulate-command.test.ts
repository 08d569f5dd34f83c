import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_ENV } from '../simulator/demo-config.ts';
import { runCli } from './cli.ts';

/** Runs a CLI command; returns its exit code and what it printed. */
async function run(args: string[], io: { untilStopped?: () => Promise<void> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: DEMO_ENV,
    ...io,
  });
  return { code, stdout, stderr };
}

describe('dijkwacht simulate', () => {
  it('serves the four demo APIs and prints a config that snapshot reads, labelled DEMO', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-simulate-'));
    let stop: () => void = () => {};
    let printed: () => void = () => {};
    const configPrinted = new Promise<void>((resolve) => (printed = resolve));
    let configText = '';
    const simulation = runCli(['simulate', '--speed', '60'], {
      stdout: (text) => {
        configText += text;
        printed();
      },
      stderr: () => {},
      env: DEMO_ENV,
      untilStopped: () => new Promise<void>((resolve) => (stop = resolve)),
    });
    try {
      await configPrinted;
      const file = path.join(folder, 'demo.yaml');
      await writeFile(file, configText);
      const { code, stdout } = await run(['snapshot', '--config', file]);
      const snapshot = JSON.parse(stdout) as {
        demo: boolean;
        sources: { id: string; health: string }[];
      };
      assert.equal(snapshot.demo, true);
      assert.deepEqual(
        snapshot.sources.map((source) => [source.id, source.health]),
        [
          ['topdesk', 'ok'],
          ['statuscake', 'ok'],
          ['elk', 'ok'],
          ['alertmanager', 'ok'],
        ],
      );
      assert.equal(code, 0, 'the quiet start of the scenario: nothing marked');
    } finally {
      stop();
      assert.equal(await simulation, 0);
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses an unknown scenario and a speed out of range with exit 3', async () => {
    assert.equal((await run(['simulate', '--scenario', 'nope'])).code, 3);
    const slow = await run(['simulate', '--speed', '0']);
    assert.equal(slow.code, 3);
    assert.match(slow.stderr, /--speed takes a number from 1 to 3600/);
  });
});
