import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { invokeContract } from '../../shared/ipc/contract.ts';
import { emptySourceDraft, type SourceDraft } from '../../shared/settings/source-draft.ts';
import type { DesktopAlert } from '../alerts/desktop-alert.ts';
import { SecretStore } from '../secrets/secret-store.ts';
import { fakeKeychain } from '../secrets/testing/fake-keychain.ts';
import { DEMO_CREDENTIALS } from '../simulator/demo-config.ts';
import { startDemoWorld, type DemoWorld } from '../simulator/demo-world.ts';
import { createSourceClient } from '../sources/create-client.ts';
import { systemClock } from '../time/clock.ts';
import { settingsServices } from './settings-handlers.ts';

const CONFIG_TEXT = [
  '# the war room of the launch weekend',
  'sources:',
  '  - id: am   # monitoring',
  '    kind: alertmanager',
  '    url: http://127.0.0.1:9093',
  '',
].join('\n');

let world: DemoWorld;
let folder = '';
let configFile = '';
before(async () => {
  world = await startDemoWorld();
});
after(() => world.close());
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-settings-'));
  configFile = path.join(folder, 'dijkwacht.yaml');
  await writeFile(configFile, CONFIG_TEXT);
});
afterEach(() => rm(folder, { recursive: true, force: true }));

async function services(
  options: { backend?: string; configFile?: string | null; displays?: boolean } = {},
) {
  const parsed = parseConfigText(CONFIG_TEXT, { fileName: 'c.yaml', env: {} });
  assert.ok(parsed.ok);
  const secrets = await SecretStore.open({
    dataDir: folder,
    keychain: fakeKeychain({ backend: options.backend ?? 'gnome_libsecret' }),
    platform: 'linux',
  });
  const chosen: number[] = [];
  const settings = await settingsServices({
    dataDir: folder,
    configFile: options.configFile === undefined ? configFile : options.configFile,
    config: parsed.value,
    secrets,
    displays: options.displays
      ? {
          list: () => [
            { id: 7, number: 1, width: 1920, height: 1080, primary: true },
            { id: 9, number: 2, width: 3840, height: 2160, primary: false },
          ],
          chosen: async () => chosen.at(-1) ?? null,
          choose: async (id) => void chosen.push(id),
        }
      : null,
    createClient: createSourceClient,
    clock: systemClock,
    env: {},
  });
  /** Every answer checked against the contract, as the dispatcher checks it. */
  const call = async <C extends keyof typeof settings.handlers>(
    channel: C,
    request: Parameters<(typeof settings.handlers)[C]>[0],
  ) => {
    invokeContract[channel].request.parse(request);
    const handler = settings.handlers[channel] as (request: unknown) => Promise<unknown>;
    return invokeContract[channel].response.parse(await handler(request)) as Awaited<
      ReturnType<(typeof settings.handlers)[C]>
    >;
  };
  return { settings, secrets, chosen, call };
}

const topdesk = (change: Partial<SourceDraft> = {}): SourceDraft => ({
  ...emptySourceDraft('topdesk'),
  id: 'topdesk',
  url: world.endpoints.topdesk,
  username: DEMO_CREDENTIALS.topdeskUser,
  secrets: { password: DEMO_CREDENTIALS.topdeskPassword },
  ...change,
});

describe('settings handlers', () => {
  it('tests a connection with the real client: ok, or the error category and scrubbed words', async () => {
    const { call } = await services();
    const good = await call('source:test', topdesk());
    assert.equal(good.status, 'ok');
    const wrong = await call(
      'source:test',
      topdesk({ secrets: { password: 'not-the-password-123' } }),
    );
    assert.ok(wrong.status === 'failed');
    assert.equal(wrong.category, 'wrong-credentials');
    assert.ok(!JSON.stringify(wrong).includes('not-the-password-123'));
    const invalid = await call('source:test', topdesk({ interval: '1s' }));
    assert.deepEqual(invalid, {
      status: 'invalid',
      issues: [{ field: 'interval', message: 'expected a duration from 5s to 1d' }],
    });
  });

  it('adds a source: secret into the keychain, the source into the file with its comments kept', async () => {
    const { call, secrets } = await services();
    const answer = await call('source:add', topdesk());
    assert.deepEqual(answer, { status: 'saved', id: 'topdesk', configFile });
    const text = await readFile(configFile, 'utf8');
    // The user's text, every byte of it, then the new source.
    assert.ok(text.startsWith(CONFIG_TEXT), text);
    assert.match(text, /password: \{ keychain: topdesk\.password \}/);
    assert.ok(!text.includes(DEMO_CREDENTIALS.topdeskPassword));
    assert.deepEqual(secrets.read('topdesk.password'), {
      ok: true,
      value: DEMO_CREDENTIALS.topdeskPassword,
    });
    const view = await call('settings:get', undefined);
    assert.deepEqual(
      view.sources.map((source) => [source.id, source.secrets]),
      [
        ['am', []],
        ['topdesk', [{ key: 'password', kind: 'keychain', name: 'topdesk.password', set: true }]],
      ],
    );
    // The app reads the new file with the keychain, as it will at its next start.
    const reread = parseConfigText(text, { fileName: configFile, env: {}, keychain: secrets });
    assert.ok(reread.ok, reread.ok ? '' : reread.error.message);
  });

  it("refuses an id in use and a bad value with the config check's words, writing nothing", async () => {
    const { call, secrets } = await services();
    assert.deepEqual(await call('source:add', topdesk({ id: 'am' })), {
      status: 'invalid',
      issues: [{ field: 'id', message: 'expected a unique source id ("am" is used twice)' }],
    });
    const short = await call('source:add', topdesk({ secrets: { password: 'short' } }));
    assert.equal(short.status, 'invalid');
    assert.equal(await readFile(configFile, 'utf8'), CONFIG_TEXT);
    assert.ok(!secrets.has('topdesk.password') && !secrets.has('am.password'));
  });

  it("refuses to keep a secret on Linux's basic_text backend: nothing stored, nothing written", async () => {
    const { call, secrets } = await services({ backend: 'basic_text' });
    assert.deepEqual(await call('source:add', topdesk()), {
      status: 'keychain-refused',
      reason: 'basic-text',
    });
    assert.equal(await readFile(configFile, 'utf8'), CONFIG_TEXT);
    assert.ok(!secrets.has('topdesk.password'));
    const view = await call('settings:get', undefined);
    assert.deepEqual(view.keychain, { usable: false, reason: 'basic-text' });
  });

  it('has no file to write on the built-in demo', async () => {
    const { call } = await services({ configFile: null });
    assert.deepEqual(await call('source:add', topdesk()), { status: 'no-config-file' });
    await assert.rejects(
      call('settings:set', { officeHours: { days: ['mon'], from: '08:00', to: '17:00' } }),
      /the built-in demo has no config file/,
    );
  });

  it('replaces a keychain secret and answers only set or not set', async () => {
    const { call, secrets } = await services();
    await call('source:add', topdesk());
    assert.deepEqual(
      await call('secret:set', { source: 'topdesk', key: 'password', value: 'another-password-1' }),
      {
        state: 'set',
      },
    );
    assert.deepEqual(secrets.read('topdesk.password'), { ok: true, value: 'another-password-1' });
    const short = await call('secret:set', { source: 'topdesk', key: 'password', value: 'short' });
    assert.equal(short.state, 'not set');
    const envSecret = await call('secret:set', {
      source: 'am',
      key: 'password',
      value: 'another-password-1',
    });
    assert.equal(envSecret.state, 'not set');
  });

  it("saves this seat's language and sound, the wall's display, and the office hours in the file", async () => {
    const { call, chosen } = await services({ displays: true });
    const view = await call('settings:set', { language: 'en', sound: true, wallDisplay: 9 });
    assert.deepEqual(view.seat, { language: 'en', sound: true });
    assert.deepEqual(chosen, [9]);
    assert.equal(view.displays?.chosen, 9);
    await assert.rejects(call('settings:set', { wallDisplay: 3 }), /not connected/);
    const hours = await call('settings:set', {
      officeHours: { days: ['mon', 'sat'], from: '07:30', to: '24:00' },
    });
    assert.deepEqual(hours.officeHours, { days: ['mon', 'sat'], from: '07:30', to: '24:00' });
    assert.match(await readFile(configFile, 'utf8'), /^# the war room of the launch weekend\n/);
    await assert.rejects(
      call('settings:set', { officeHours: { days: ['mon'], from: '17:00', to: '08:00' } }),
      /intake\.officeHours\.to: expected a time later than from/,
    );
  });

  it('says so where the app sees no displays', async () => {
    const { call } = await services();
    assert.equal((await call('settings:get', undefined)).displays, null);
    await assert.rejects(call('settings:set', { wallDisplay: 1 }), /sees no displays/);
  });

  it("plays desktop alerts with this seat's sound setting, else the config's", async () => {
    const { settings, call } = await services();
    const shown: DesktopAlert[] = [];
    const notify = settings.withSeatSound((alert) => shown.push(alert));
    const alert: DesktopAlert = { title: 'KRITIEK', body: 'x', domain: 'website', sound: false };
    notify(alert);
    await call('settings:set', { sound: true });
    notify(alert);
    await call('settings:set', { sound: null });
    notify({ ...alert, sound: true });
    assert.deepEqual(
      shown.map((one) => one.sound),
      [false, true, true],
    );
  });
});
