import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { StatusCakeFault } from '../../simulator/statuscake/testing/faults.ts';
import type { SourceErrorCategory } from '../source-error.ts';
import { sourceError, TOKEN } from './testing/fixtures.ts';
import { addChecks, periodRequests, startWorld, type World } from './testing/world.ts';

/** Short deadlines: every fault must be reported within the poll's timeout. */
const TIMEOUT_MS = 500;
const SLACK_MS = 300;

let world: World | null = null;
afterEach(async () => {
  await world?.server.close();
  world = null;
});

async function start(token?: string): Promise<World> {
  world = await startWorld({ timeoutMs: TIMEOUT_MS, ...(token ? { token } : {}) });
  addChecks(world.server, 3);
  return world;
}

/** Polls once and checks the category, the time it took, and that the token stayed out. */
async function failsAs(current: World, category: SourceErrorCategory): Promise<string> {
  const started = performance.now();
  const error = await sourceError(current.poll(), category);
  assert.ok(
    performance.now() - started < TIMEOUT_MS + SLACK_MS,
    `took ${performance.now() - started} ms`,
  );
  assert.ok(!error.message.includes(TOKEN));
  return error.message;
}

describe('StatusCake client on faults', () => {
  it('reports a bad token (403, x-ext-authz: denied, no JSON) as wrong credentials, not no permission', async () => {
    const message = await failsAs(await start('not-the-token'), 'wrong-credentials');
    assert.match(message, /403 \(x-ext-authz: denied\)/);
  });

  const cases: [string, StatusCakeFault, SourceErrorCategory][] = [
    ['401', { kind: 'status', status: 401, message: 'Unauthorized' }, 'wrong-credentials'],
    ['a plain 403', { kind: 'status', status: 403, message: 'Forbidden' }, 'wrong-credentials'],
    ['500 with an HTML page', { kind: 'html-500' }, 'server-error'],
    ['200 with an HTML page', { kind: 'html-200' }, 'bad-payload'],
    [
      'a JSON body of the wrong shape',
      { kind: 'status', status: 200, message: 'hello' },
      'bad-payload',
    ],
    ['a body cut off halfway', { kind: 'truncated' }, 'bad-payload'],
    ['a hang before the headers', { kind: 'hang' }, 'timeout'],
    ['a hang after the headers', { kind: 'hang', after: 'headers' }, 'timeout'],
    ['a slow drip of 1 byte per 200 ms', { kind: 'slow-drip', intervalMs: 200 }, 'timeout'],
  ];
  for (const [name, fault, category] of cases) {
    it(`reports ${name} as ${category} within the deadline`, async () => {
      const current = await start();
      current.server.injectFault(fault);
      await failsAs(current, category);
    });
  }

  it('names the fields of a validation failure', async () => {
    const current = await start();
    const errors = { limit: ['must be between 1 and 100'] };
    current.server.injectFault({
      kind: 'status',
      status: 400,
      message: 'The provided parameters are invalid.',
      errors,
    });
    assert.match(
      await failsAs(current, 'bad-request'),
      /parameters are invalid\. \(invalid: limit\)/,
    );
  });

  it('keeps HTML out of the message of a 500', async () => {
    const current = await start();
    current.server.injectFault({ kind: 'html-500' });
    assert.doesNotMatch(await failsAs(current, 'server-error'), /</);
  });

  it('fails the whole poll when a later list page fails, and recovers on the next', async () => {
    const current = await start();
    addChecks(current.server, 120);
    current.server.injectFault({ kind: 'html-500' }, { path: /page=2/ });
    await failsAs(current, 'server-error');
    const signals = await current.poll();
    assert.equal(signals.kind === 'statuscake' && signals.checks.length, 123);
  });

  it('fails the whole poll when a periods page fails, and reads it again on the next', async () => {
    const current = await start();
    const [id] = current.server.dataset.checks().map((check) => check.id) as [string];
    current.server.dataset.setDown(id, Date.now() - 60_000);
    current.server.injectFault({ kind: 'truncated' }, { path: /\/periods/ });
    await failsAs(current, 'bad-payload');
    const signals = await current.poll();
    assert.ok(signals.kind === 'statuscake' && signals.checks[0]?.downSince !== null);
    assert.equal(periodRequests(current.server, id).length, 2);
  });

  it('reports a closed port as unreachable', async () => {
    const current = await start();
    await current.server.close();
    await failsAs(current, 'unreachable');
  });

  it('gives up at once when the poll is cancelled', async () => {
    const current = await start();
    current.server.injectFault({ kind: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 50);
    await assert.rejects(current.poll(controller.signal), /shutting down/);
  });
});
