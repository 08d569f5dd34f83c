import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import { runCli } from '../cli/cli.ts';
import { startDemoWorld } from '../simulator/demo-world.ts';
import { testSeat } from './testing/test-seat.ts';
import { startServices } from './start-services.ts';

/** docs/reliability.md, "Secrets": a sentinel secret, looked for in every form it could leak in. */
const SENTINEL = 'SENTINEL-7f3a-secret';
const FORMS = [
  SENTINEL,
  Buffer.from(SENTINEL).toString('base64'),
  Buffer.from(`dijkwacht-demo:${SENTINEL}`).toString('base64'),
  encodeURIComponent(SENTINEL),
];

function assertNoSentinel(text: string, where: string): void {
  for (const form of FORMS)
    assert.ok(!text.includes(form), `${where} contains the secret (${form})`);
}

describe('secrets never leave the main process', () => {
  it('appear in no snapshot, error, IPC answer or log line, even when the source rejects them', async () => {
    const world = await startDemoWorld();
    const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-secrets-'));
    const env = { SENTINEL_PASSWORD: SENTINEL, SENTINEL_TOKEN: SENTINEL, SENTINEL_KEY: SENTINEL };
    const config = [
      'sources:',
      `  - { id: topdesk, kind: topdesk, url: "${world.endpoints.topdesk}", username: dijkwacht-demo, password: { env: SENTINEL_PASSWORD }, interval: 5s }`,
      `  - { id: statuscake, kind: statuscake, url: "${world.endpoints.statuscake}", token: { env: SENTINEL_TOKEN }, interval: 5s }`,
      `  - { id: elk, kind: elasticsearch, url: "${world.endpoints.elasticsearch}", apiKey: { env: SENTINEL_KEY }, interval: 5s }`,
      '',
    ].join('\n');
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(file, config);
    const logged: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map((arg) => inspect(arg)).join(' '));
    try {
      let output = '';
      const code = await runCli(['snapshot', '--config', file, '--format', 'json'], {
        stdout: (text) => (output += text),
        stderr: (text) => (output += text),
        env,
      });
      assert.equal(code, 3, 'every source rejects the wrong secret');
      assert.match(output, /"category": "wrong-credentials"/);
      assertNoSentinel(output, 'the snapshot');

      Object.assign(process.env, env);
      const running = await startServices({
        configFile: file,
        version: 'test',
        ...(await testSeat()),
      });
      await running.services.collector.pollAllOnce();
      await running.services.keeper.flush();
      const answers = await Promise.all([
        running.services.handlers['app:info'](undefined),
        running.services.handlers['snapshot:get'](undefined),
        running.services.handlers['timeline:page']({ filter: {}, offset: 0, limit: 500 }),
      ]);
      const exported = await running.services.handlers['export:run']({
        format: 'json',
        redact: false,
        from: null,
        to: null,
        domain: null,
      });
      assert.equal(exported.status, 'saved');
      await running.stop();
      assert.ok(answers[2].events.some((event) => event.kind === 'source-health'));
      assertNoSentinel(JSON.stringify(answers), 'the IPC answers (the timeline too)');
      if (exported.status === 'saved')
        assertNoSentinel(await readFile(exported.file, 'utf8'), 'the export');
      assertNoSentinel(
        inspect(running.services, { depth: 8 }),
        'the services as a logger would print them',
      );
      assertNoSentinel(logged.join('\n'), 'the log');
    } finally {
      console.error = originalError;
      for (const name of Object.keys(env)) delete process.env[name];
      await world.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
