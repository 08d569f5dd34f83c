import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_ENV } from '../simulator/demo-config.ts';
import { DEFAULT_SCENARIO } from '../simulator/scenario/scenarios.ts';
import { DEFAULT_SPEED } from '../simulator/simulator.ts';
import { SIMULATE_DEFAULTS } from './args.ts';
import { runCli } from './cli.ts';

/**
 * Fails unless no server listens in this process (the demo servers are four), waiting up to
 * 2 s: a closed server leaves process.getActiveResourcesInfo() a moment later.
 */
async function assertNoServerListening(): Promise<void> {
  const listening = () =>
    process.getActiveResourcesInfo().filter((name) => name === 'TCPServerWrap').length;
  for (let waited = 0; listening() > 0 && waited < 2000; waited += 10)
    await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(listening(), 0, 'no demo server is left listening');
}

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

  it('exits 3 with one line and stops its servers when --out cannot be written', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-simulate-out-'));
    const cases: [string, string][] = [
      ['/nonexistent/dir/x.yaml', 'no such folder'],
      [folder, 'it is a folder'],
    ];
    try {
      for (const [out, reason] of cases) {
        // No untilStopped: were the failure missed, this would wait for a signal forever.
        assert.deepEqual(await run(['simulate', '--out', out]), {
          code: 3,
          stdout: '',
          stderr: `dijkwacht: simulate: cannot write the demo config to ${out}: ${reason}\n`,
        });
        await assertNoServerListening();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('stops its servers and exits 3 on an unexpected error while running', async () => {
    let stderr = '';
    const code = await runCli(['simulate'], {
      stdout: () => {
        throw new Error('write EPIPE');
      },
      stderr: (text) => (stderr += text),
      env: {},
    });
    assert.equal(code, 3);
    assert.equal(stderr, 'dijkwacht: unexpected error in simulate: write EPIPE\n');
    await assertNoServerListening();
  });

  it('answers --help without starting the demo servers', async () => {
    const { code, stdout } = await run(['simulate', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: dijkwacht simulate /);
    await assertNoServerListening();
  });

  it("shows and uses the simulator's own defaults without loading the simulator", () => {
    assert.deepEqual(SIMULATE_DEFAULTS, { scenario: DEFAULT_SCENARIO, speed: DEFAULT_SPEED });
  });
});
