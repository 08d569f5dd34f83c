import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import type { invokeContract } from '../../shared/ipc/contract.ts';
import { createInvokeDispatcher } from '../../shared/ipc/dispatch.ts';
import { emptySourceDraft, type SourceDraft } from '../../shared/settings/source-draft.ts';
import { runCli } from '../cli/cli.ts';
import { fakeKeychain } from '../secrets/testing/fake-keychain.ts';
import { DEMO_CREDENTIALS } from '../simulator/demo-config.ts';
import { startDemoWorld } from '../simulator/demo-world.ts';
import { secretForms } from '../sources/scrub/secret-forms.ts';
import { testSeat } from './testing/test-seat.ts';
import { startServices, type RunningServices } from './start-services.ts';

/**
 * docs/settings.md, "Where a secret goes": a secret typed on the settings page reaches main
 * once and then only the keychain store and the source it is for. It appears in no IPC
 * answer, no snapshot, no timeline event, no export, no log line and no file in the clear —
 * looked for in every form a server or a log could spell it (secretForms), the Basic pair too.
 */
const SENTINEL = 's3cr3t-TOPDESK-9f2';
const FORMS = secretForms(SENTINEL, DEMO_CREDENTIALS.topdeskUser).filter(
  (form) => form.length >= 6,
);

function assertClean(text: string, where: string): void {
  for (const form of FORMS) assert.ok(!text.includes(form), `${where} holds the secret (${form})`);
}

const CONFIG_TEXT = (alertmanager: string) =>
  [
    '# a room set up from the app',
    'sources:',
    `  - { id: am, kind: alertmanager, url: "${alertmanager}", interval: 5s }`,
    '',
  ].join('\n');

describe('a secret entered on the settings page never leaves main', () => {
  it('appears in no answer, snapshot, timeline event, export, log line or file in the clear', async () => {
    const world = await startDemoWorld();
    const seat = await testSeat();
    const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-settings-leak-'));
    const configFile = path.join(folder, 'dijkwacht.yaml');
    await writeFile(configFile, CONFIG_TEXT(world.endpoints.alertmanager));
    const keychain = fakeKeychain();
    const logged: string[] = [];
    const originals = { error: console.error, warn: console.warn, log: console.log };
    const capture = (...args: unknown[]) =>
      logged.push(args.map((arg) => inspect(arg, { depth: 6 })).join(' '));
    Object.assign(console, { error: capture, warn: capture, log: capture });
    const answers: unknown[] = [];
    let running: RunningServices | null = null;
    try {
      running = await startServices({ configFile, version: 'test', ...seat, keychain });
      // Through the dispatcher, as IPC goes: the contract is checked both ways.
      const firstRun = createInvokeDispatcher(running.services.handlers);
      const call = async (channel: keyof typeof invokeContract, request?: unknown) => {
        const answer = await firstRun(channel, request);
        answers.push(answer);
        return answer as Record<string, unknown>;
      };
      const draft: SourceDraft = {
        ...emptySourceDraft('topdesk'),
        id: 'topdesk',
        url: world.endpoints.topdesk,
        username: DEMO_CREDENTIALS.topdeskUser,
        interval: '5s',
        secrets: { password: SENTINEL },
      };
      // The demo TOPdesk does not know this password: its 401 is what a source echoes back.
      const tested = await call('source:test', draft);
      assert.equal(tested.status, 'failed');
      assert.equal(tested.category, 'wrong-credentials');
      assert.equal((await call('source:add', draft)).status, 'saved');
      assert.equal(
        (await call('secret:set', { source: 'topdesk', key: 'password', value: `${SENTINEL}-2` }))
          .state,
        'set',
      );
      assert.equal(
        (await call('secret:set', { source: 'topdesk', key: 'password', value: SENTINEL })).state,
        'set',
      );
      await call('settings:get');
      await call('settings:set', { language: 'en', sound: true });
      await running.stop();
      running = null;

      // The next start reads { keychain: topdesk.password } from the store and polls with it.
      running = await startServices({ configFile, version: 'test', ...seat, keychain });
      const topdeskConfig = running.config.sources.find((source) => source.id === 'topdesk');
      assert.ok(topdeskConfig?.kind === 'topdesk');
      assert.equal(topdeskConfig.password.reveal(), SENTINEL, 'the app uses the kept secret');
      const dispatch = createInvokeDispatcher(running.services.handlers);
      await running.services.collector.pollAllOnce();
      await running.services.keeper.flush();
      for (const [channel, request] of [
        ['snapshot:get', undefined],
        ['app:info', undefined],
        ['settings:get', undefined],
        ['timeline:page', { filter: {}, offset: 0, limit: 500 }],
      ] as const)
        answers.push(await dispatch(channel, request));
      const snapshot = answers.at(-4) as {
        sources: { id: string; error: { category: string } | null }[];
      };
      assert.equal(
        snapshot.sources.find((source) => source.id === 'topdesk')?.error?.category,
        'wrong-credentials',
      );
      const exported = (await dispatch('export:run', {
        format: 'json',
        redact: false,
        from: null,
        to: null,
        domain: null,
      })) as { status: string; file: string };
      assert.equal(exported.status, 'saved');
      const timeline = answers.at(-1) as { events: { kind: string }[] };
      assert.ok(timeline.events.some((event) => event.kind === 'source-health'));

      assertClean(JSON.stringify(answers), 'an IPC answer (snapshot, timeline, settings)');
      assertClean(await readFile(exported.file, 'utf8'), 'the export');
      assertClean(
        inspect(running.services, { depth: 8 }),
        'the services as a logger would print them',
      );
      assertClean(await readFile(configFile, 'utf8'), 'the config file');
      // Every file of the seat, the timeline's SQLite pages too (read byte for byte).
      for (const name of await readdir(seat.dataDir)) {
        if (!(await stat(path.join(seat.dataDir, name))).isFile()) continue;
        assertClean(
          await readFile(path.join(seat.dataDir, name), 'latin1'),
          `${name} in the data folder`,
        );
      }
      assert.ok(keychain.encrypted >= 3, 'every secret went through the keychain');

      // The command line has no keychain: it refuses the reference, and says what to do.
      let cliOutput = '';
      const code = await runCli(['snapshot', '--config', configFile], {
        stdout: (text) => (cliOutput += text),
        stderr: (text) => (cliOutput += text),
        env: {},
      });
      assert.equal(code, 3);
      assert.match(cliOutput, /sources\[1\]\.password: expected \{ env: NAME \}/);
      assertClean(cliOutput, 'the command line');
    } finally {
      Object.assign(console, originals);
      await running?.stop();
      await world.close();
      await rm(folder, { recursive: true, force: true });
    }
    assertClean(logged.join('\n'), 'the log');
  });
});
