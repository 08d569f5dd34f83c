import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { keepCheckingForUpdates, updateDecision, type Updater } from './updates.ts';

const BUILT_IN =
  'provider: generic\nurl: https://updates.example.nl/dijkwacht\nupdaterCacheDirName: dijkwacht-updater\n';

describe('updateDecision', () => {
  it('never checks in development', () =>
    assert.deepEqual(
      updateDecision({
        packaged: false,
        env: { DIJKWACHT_UPDATE_URL: 'https://u.example.nl' },
        appUpdateYml: BUILT_IN,
      }),
      { check: false, reason: 'not a packaged app' },
    ));

  it('checks the server the build was given (app-update.yml)', () =>
    assert.deepEqual(updateDecision({ packaged: true, env: {}, appUpdateYml: BUILT_IN }), {
      check: true,
      feedUrl: null,
      server: 'https://updates.example.nl/dijkwacht',
    }));

  it('does not check when no server is configured', () => {
    for (const appUpdateYml of [
      null,
      'provider: generic\nurl: ""\n',
      'provider: github\nowner: x\n',
      ':::',
    ])
      assert.deepEqual(updateDecision({ packaged: true, env: {}, appUpdateYml }), {
        check: false,
        reason: 'no update server configured',
      });
  });

  it('does not check a build made with DIJKWACHT_UPDATE_URL=off', () =>
    assert.deepEqual(
      updateDecision({ packaged: true, env: {}, appUpdateYml: 'provider: generic\nurl: "off"\n' }),
      { check: false, reason: 'this build has updates off' },
    ));

  it('DIJKWACHT_UPDATE_URL overrides the built-in server, or turns checking off', () => {
    const env = { DIJKWACHT_UPDATE_URL: 'https://mirror.example.nl/dijkwacht/' };
    assert.deepEqual(updateDecision({ packaged: true, env, appUpdateYml: BUILT_IN }), {
      check: true,
      feedUrl: 'https://mirror.example.nl/dijkwacht/',
      server: 'https://mirror.example.nl/dijkwacht/',
    });
    assert.equal(
      updateDecision({
        packaged: true,
        env: { DIJKWACHT_UPDATE_URL: 'off' },
        appUpdateYml: BUILT_IN,
      }).check,
      false,
    );
  });

  it('refuses a server that is not https (an update is code the app runs), except on loopback', () => {
    const decide = (url: string) =>
      updateDecision({ packaged: true, env: { DIJKWACHT_UPDATE_URL: url }, appUpdateYml: null });
    assert.deepEqual(decide('http://updates.example.nl/'), {
      check: false,
      reason: 'DIJKWACHT_UPDATE_URL: not an https URL',
    });
    assert.equal(decide('ftp://updates.example.nl/').check, false);
    assert.equal(decide('not a url').check, false);
    assert.equal(decide('https://user:pw@updates.example.nl/').check, false);
    assert.equal(decide('http://127.0.0.1:8080/').check, true);
    assert.equal(
      updateDecision({
        packaged: true,
        env: {},
        appUpdateYml: 'provider: generic\nurl: http://updates.example.nl\n',
      }).check,
      false,
    );
  });
});

function fakeUpdater(outcomes: (() => Promise<unknown>)[]) {
  const calls: string[] = [];
  const updater: Updater = {
    logger: null,
    autoDownload: false,
    setFeedURL: (options) => void calls.push(`feed ${options.url}`),
    checkForUpdatesAndNotify: () => {
      calls.push('check');
      return (outcomes.shift() ?? (async () => null))();
    },
  };
  return { updater, calls };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('keepCheckingForUpdates', () => {
  it('logs why it does not check, and never loads electron-updater then', async () => {
    const logs: string[] = [];
    await keepCheckingForUpdates({
      decision: { check: false, reason: 'not a packaged app' },
      load: () => assert.fail('loaded the updater'),
      clock: new FakeClock(),
      log: (line) => void logs.push(line),
      signal: new AbortController().signal,
    });
    assert.deepEqual(logs, ['Dijkwacht: no update checks (not a packaged app)']);
  });

  it('waits before the first check, then checks on a schedule; a failed check is logged and retried', async () => {
    const clock = new FakeClock();
    const logs: string[] = [];
    const { updater, calls } = fakeUpdater([
      async () => {
        throw new Error('net::ERR_NAME_NOT_RESOLVED');
      },
    ]);
    const stop = new AbortController();
    const running = keepCheckingForUpdates({
      decision: {
        check: true,
        feedUrl: 'https://mirror.example.nl/',
        server: 'https://mirror.example.nl/',
      },
      load: async () => updater,
      clock,
      log: (line) => void logs.push(line),
      firstAfterMs: 60_000,
      everyMs: 3_600_000,
      signal: stop.signal,
    });
    await settle();
    assert.deepEqual(calls, [], 'checked during the start');
    clock.advance(60_000);
    await settle();
    assert.deepEqual(calls, ['feed https://mirror.example.nl/', 'check']);
    assert.equal(updater.autoDownload, true);
    assert.match(logs.join('\n'), /the update check failed: Error: net::ERR_NAME_NOT_RESOLVED/);
    clock.advance(3_600_000);
    await settle();
    assert.deepEqual(calls, ['feed https://mirror.example.nl/', 'check', 'check']);
    stop.abort();
    await running;
    assert.doesNotMatch(logs.join('\n'), /stopped/);
  });

  it("uses the build's server as it is, and routes electron-updater's own log lines", async () => {
    const clock = new FakeClock();
    const logs: string[] = [];
    const { updater, calls } = fakeUpdater([]);
    const stop = new AbortController();
    const running = keepCheckingForUpdates({
      decision: { check: true, feedUrl: null, server: 'https://updates.example.nl/' },
      load: async () => updater,
      clock,
      log: (line) => void logs.push(line),
      firstAfterMs: 0,
      signal: stop.signal,
    });
    clock.advance(0);
    await settle();
    assert.deepEqual(calls, ['check']);
    (updater.logger as { info(message: string): void }).info(
      'Update for version 0.2.0 is not available',
    );
    assert.match(logs.at(-1) ?? '', /updates: Update for version 0.2.0 is not available/);
    stop.abort();
    await running;
  });

  it('logs an updater that cannot be loaded, and stops', async () => {
    const clock = new FakeClock();
    const logs: string[] = [];
    const running = keepCheckingForUpdates({
      decision: { check: true, feedUrl: null, server: 'https://updates.example.nl/' },
      load: async () => {
        throw new Error('no app-update.yml');
      },
      clock,
      log: (line) => void logs.push(line),
      firstAfterMs: 10,
      signal: new AbortController().signal,
    });
    clock.advance(10);
    await running;
    assert.match(logs.join('\n'), /update checks stopped: Error: no app-update.yml/);
  });
});
