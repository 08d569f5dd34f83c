import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { SecretValue } from '../../../shared/config/secret.ts';
import type { Alert } from '../../../shared/signals/signals.ts';
import type { AlertmanagerFault } from '../../simulator/alertmanager/testing/faults.ts';
import {
  startAlertmanagerServerWithFaults,
  type AlertmanagerServerWithFaults,
} from '../../simulator/alertmanager/testing/server-with-faults.ts';
import { SourceError, type SourceErrorCategory } from '../source-error.ts';
import { createAlertmanagerClient } from './client.ts';
import { amConfig, pollContext } from './testing/fixtures.ts';

async function pollAlerts(url: string, overrides = {}): Promise<Alert[]> {
  const signals = await createAlertmanagerClient(amConfig(url, overrides)).poll(pollContext());
  assert.equal(signals.kind, 'alertmanager');
  return signals.kind === 'alertmanager' ? [...signals.alerts] : [];
}

async function pollError(url: string, overrides = {}): Promise<SourceError> {
  const error = await pollAlerts(url, overrides).then(
    () => assert.fail('the poll should have failed'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof SourceError, `not a SourceError: ${String(error)}`);
  return error;
}

describe('the Alertmanager client against the loopback server', () => {
  let server: AlertmanagerServerWithFaults;
  before(async () => {
    server = await startAlertmanagerServerWithFaults();
  });
  after(() => server.close());
  beforeEach(() => {
    server.clearFaults();
    server.clearRequests();
    server.resolve({});
    server.setClusterStatus('ready');
  });

  it('returns active, silenced and inhibited alerts, told apart by their status', async () => {
    const down = server.fire({
      labels: { alertname: 'ServiceDown', service: 'api', severity: 'critical' },
    });
    const slow = server.fire({
      labels: { alertname: 'ServiceSlow', service: 'api', severity: 'warning' },
    });
    server.fire({ labels: { alertname: 'DiskFilling', severity: 'warning' } });
    const silence = server.silence({ alertname: 'DiskFilling' });
    server.inhibit(slow, down);
    const alerts = await pollAlerts(server.url);
    const byName = Object.fromEntries(alerts.map((alert) => [alert.name, alert]));
    assert.deepEqual(byName.ServiceDown?.state, 'active');
    assert.deepEqual(
      [byName.DiskFilling?.state, byName.DiskFilling?.silencedBy],
      ['suppressed', [silence]],
    );
    assert.deepEqual(
      [byName.ServiceSlow?.state, byName.ServiceSlow?.inhibitedBy],
      ['suppressed', [down]],
    );
  });

  it('asks only API v2, with the defaults, status first', async () => {
    await pollAlerts(server.url);
    assert.deepEqual(
      server
        .requests()
        .map((request) => `${request.method} ${request.path}${request.query.size ? '?' : ''}`),
      ['GET /api/v2/status', 'GET /api/v2/alerts'],
    );
  });

  it('drops an alert once it is resolved', async () => {
    server.fire({ labels: { alertname: 'Flapping' } });
    assert.equal((await pollAlerts(server.url)).length, 1);
    server.resolve({ alertname: 'Flapping' });
    assert.equal((await pollAlerts(server.url)).length, 0);
  });

  it('reports a settling cluster without failing the poll', async () => {
    server.setClusterStatus('settling');
    server.fire({ labels: { alertname: 'StillServed' } });
    const client = createAlertmanagerClient(amConfig(server.url));
    const signals = await client.poll(pollContext());
    assert.equal(signals.kind === 'alertmanager' && signals.alerts.length, 1);
    assert.equal(client.lastStatus()?.cluster, 'settling');
  });

  it('sends Basic credentials when configured', async () => {
    const guarded = await startAlertmanagerServerWithFaults({
      basicAuth: { username: 'dw', password: 's3cret' },
    });
    try {
      const password = new SecretValue('s3cret', 'test');
      assert.deepEqual(await pollAlerts(guarded.url, { username: 'dw', password }), []);
      const error = await pollError(guarded.url);
      assert.equal(error.category, 'wrong-credentials');
      assert.equal(error.detail, 'GET /api/v2/status: HTTP 401: Unauthorized');
    } finally {
      await guarded.close();
    }
  });

  it('quotes Alertmanager’s plain-string 400 and 500 answers', async () => {
    server.injectFault(
      { kind: 'status', status: 400, message: 'bad matcher format: x' },
      { times: 1 },
    );
    const refused = await pollError(server.url);
    assert.equal(refused.category, 'bad-request');
    assert.equal(refused.detail, 'GET /api/v2/status: HTTP 400: bad matcher format: x');
    server.injectFault(
      { kind: 'status', status: 500, message: 'failed to get alerts' },
      { path: /alerts/ },
    );
    const broken = await pollError(server.url);
    assert.equal(broken.category, 'server-error');
    assert.equal(broken.detail, 'GET /api/v2/alerts: HTTP 500: failed to get alerts');
  });

  it('takes a 429 from a proxy in front as a rate limit, then recovers', async () => {
    server.injectFault({ kind: 'status', status: 429, message: 'slow down' }, { times: 1 });
    const error = await pollError(server.url);
    assert.equal(error.category, 'rate-limited');
    assert.deepEqual(await pollAlerts(server.url), []);
  });

  it('takes a 410 Gone (API v1 behind the URL) as a wrong URL', async () => {
    const error = await pollError(`${server.url}/api/v1/x`);
    assert.equal(error.category, 'not-found');
    assert.match(error.detail, /HTTP 410: The Alertmanager v1 API was deprecated/);
  });

  const faults: [string, AlertmanagerFault, SourceErrorCategory, RegExp][] = [
    [
      'a proxy’s HTML 500',
      { kind: 'html-500' },
      'server-error',
      /HTTP 500: 500 Internal Server Error/,
    ],
    ['truncated JSON', { kind: 'truncated' }, 'bad-payload', /not valid JSON/],
    ['a server that never answers', { kind: 'hang' }, 'timeout', /within \d+ ms/],
    ['a slow drip', { kind: 'slow-drip' }, 'timeout', /body was still arriving/],
    ['401', { kind: 'unauthorized' }, 'wrong-credentials', /HTTP 401/],
    ['403', { kind: 'forbidden' }, 'no-permission', /HTTP 403: Forbidden/],
  ];
  for (const [name, fault, category, detail] of faults) {
    it(`maps ${name} on the alerts to ${category} within the deadline`, async () => {
      server.fire({ labels: { alertname: 'Padding', summary: 'x'.repeat(200) } });
      server.injectFault(fault, { path: /^\/api\/v2\/alerts$/ });
      const started = performance.now();
      const error = await pollError(server.url);
      assert.equal(error.category, category);
      assert.match(error.detail, /^GET \/api\/v2\/alerts: /);
      assert.match(error.detail, detail);
      assert.ok(performance.now() - started < 1000, 'the poll outlived its 500 ms deadline');
    });
  }
});
