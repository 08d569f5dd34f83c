import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it, type TestContext } from 'node:test';
import { SecretValue } from '../../../shared/config/secret.ts';
import type { SourceSignals } from '../../../shared/signals/signals.ts';
import type { TopdeskServerOptions } from '../../simulator/topdesk/server.ts';
import type { TopdeskFault } from '../../simulator/topdesk/testing/faults.ts';
import type { SourceConfigOf } from '../source-client.ts';
import { createTopdeskClient, type TopdeskClientOptions } from './client.ts';
import {
  pollContext,
  pollError,
  queryOf,
  startServer,
  testClock,
  topdeskConfig,
} from './testing/fixtures.ts';

interface Setup {
  readonly server?: TopdeskServerOptions;
  readonly config?: Partial<SourceConfigOf<'topdesk'>>;
  readonly client?: TopdeskClientOptions;
  readonly incidents?: number;
}

async function setup(t: TestContext, options: Setup = {}) {
  const clock = testClock();
  const topdesk = await startServer(clock, options.server);
  t.after(() => topdesk.close());
  for (let i = 0; i < (options.incidents ?? 3); i++) topdesk.incidents.add();
  const config = topdeskConfig(topdesk.url, { timeout: 500, ...options.config });
  const source = createTopdeskClient(config, options.client);
  const poll = (signal?: AbortSignal) => source.poll(pollContext(clock, signal));
  return { clock, topdesk, poll };
}

const count = (signals: SourceSignals) =>
  signals.kind === 'topdesk' ? signals.tickets.length : -1;

/** Polls once under `fault`; returns the error and how long the poll took. */
async function failWith(t: TestContext, fault: TopdeskFault, options: Setup = {}) {
  const { topdesk, poll } = await setup(t, options);
  topdesk.injectFault(fault);
  const started = performance.now();
  const error = await pollError(poll);
  return { error, ms: performance.now() - started };
}

describe('TOPdesk client: faults map to source errors', () => {
  it('500 with an HTML page → server-error, the page text without its tags', async (t) => {
    const { error } = await failWith(t, { kind: 'html-500' });
    assert.equal(error.category, 'server-error');
    assert.match(error.detail, /^HTTP 500: 500 Internal Server Error/);
    assert.doesNotMatch(error.detail, /</);
  });

  it('a body cut off before its Content-Length → bad-payload', async (t) => {
    const { error } = await failWith(t, { kind: 'truncated' });
    assert.equal(error.category, 'bad-payload');
    assert.match(error.detail, /cut off/);
  });

  it('headers that never come → timeout, by the deadline', async (t) => {
    const { error, ms } = await failWith(t, { kind: 'hang' });
    assert.equal(error.category, 'timeout');
    assert.ok(ms >= 450 && ms < 1500, `took ${ms} ms`);
  });

  it('a slow drip (1 byte / 200 ms) → timeout, by the deadline', async (t) => {
    const { error, ms } = await failWith(t, { kind: 'slow-drip' });
    assert.equal(error.category, 'timeout');
    assert.match(error.detail, /still arriving/);
    assert.ok(ms >= 450 && ms < 1500, `took ${ms} ms`);
  });

  it('the whole poll is bounded too, below the per-request timeout', async (t) => {
    const options = { config: { timeout: 5_000 }, client: { pollBudgetMs: 400 } };
    const { error, ms } = await failWith(t, { kind: 'slow-drip' }, options);
    assert.equal(error.category, 'timeout');
    assert.ok(ms < 1500, `took ${ms} ms`);
  });

  it('401 → wrong-credentials, saying application passwords expire', async (t) => {
    const { error } = await failWith(t, { kind: 'unauthorized' });
    assert.equal(error.category, 'wrong-credentials');
    assert.match(error.detail, /^HTTP 401: The supplied credentials are not valid\./);
    assert.match(error.detail, /application passwords expire/);
  });

  it('a wrong application password is refused by Basic auth', async (t) => {
    const password = new SecretValue('SENTINEL-wrong-password', 'test');
    const { poll } = await setup(t, { config: { password } });
    const error = await pollError(poll);
    assert.equal(error.category, 'wrong-credentials');
    assert.doesNotMatch(error.message, /SENTINEL/);
  });

  it('403 → no-permission, for a login without the rights', async (t) => {
    const users = [{ loginName: 'dijkwacht-api', password: 'app-password', permitted: false }];
    const { poll } = await setup(t, { server: { users } });
    const error = await pollError(poll);
    assert.equal(error.category, 'no-permission');
    assert.match(error.detail, /^HTTP 403: You do not have permission/);
  });

  it('403 injected → no-permission', async (t) => {
    assert.equal((await failWith(t, { kind: 'forbidden' })).error.category, 'no-permission');
  });

  it('429 → rate-limited with Retry-After as retryAfterMs; the next poll succeeds', async (t) => {
    const { topdesk, poll } = await setup(t);
    topdesk.injectFault({ kind: 'rate-limited', retryAfter: '3' }, { times: 1 });
    const error = await pollError(poll);
    assert.equal(error.category, 'rate-limited');
    assert.equal(error.retryAfterMs, 3000);
    assert.equal(count(await poll()), 3);
  });

  it('204 injected → an empty queue, not an error', async (t) => {
    const { topdesk, poll } = await setup(t);
    topdesk.injectFault({ kind: 'no-content' }, { times: 1 });
    assert.equal(count(await poll()), 0);
  });

  it('connection refused → unreachable', async (t) => {
    const { topdesk, poll } = await setup(t);
    await topdesk.close();
    assert.equal((await pollError(poll)).category, 'unreachable');
  });

  it('a shutdown abort ends a hanging poll at once, as the abort itself', async (t) => {
    const { topdesk, poll } = await setup(t, { config: { timeout: 10_000 } });
    topdesk.injectFault({ kind: 'hang' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutdown')), 50);
    await assert.rejects(poll(controller.signal), /shutdown/);
  });
});

describe('TOPdesk client: a failed page changes nothing', () => {
  it('a full sync failing on page 2 is redone from page 1 by the next poll', async (t) => {
    const { topdesk, poll } = await setup(t, { server: { maxPageSize: 3 }, incidents: 10 });
    topdesk.injectFault({ kind: 'html-500' }, { skip: 1, times: 1 });
    assert.equal((await pollError(poll)).category, 'server-error');
    topdesk.clearRequests();
    assert.equal(count(await poll()), 10);
    assert.match(topdesk.requests[0]?.url ?? '', /pageStart=0&/);
  });

  it('a delta failing on page 2 is retried from the same cursor, and nothing is lost', async (t) => {
    const { clock, topdesk, poll } = await setup(t, { server: { maxPageSize: 3 }, incidents: 8 });
    await poll();
    clock.advance(60_000);
    for (const incident of topdesk.incidents.all().slice(0, 5))
      topdesk.incidents.update(incident.id, { priority: 'P1' });
    topdesk.clearRequests();
    topdesk.injectFault({ kind: 'truncated' }, { skip: 1, times: 1 });
    assert.equal((await pollError(poll)).category, 'bad-payload');
    const failedQuery = queryOf(topdesk.requests[0]?.url ?? '');
    clock.advance(60_000);
    topdesk.clearRequests();
    const signals = await poll();
    assert.equal(queryOf(topdesk.requests[0]?.url ?? ''), failedQuery);
    const tickets = signals.kind === 'topdesk' ? signals.tickets : [];
    assert.equal(tickets.filter((ticket) => ticket.priority === 'P1').length, 5);
    assert.equal(tickets.length, 8);
  });
});
