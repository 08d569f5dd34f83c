import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fingerprint, parseFilter } from './labels.ts';
import { startAlertmanagerServer, type AlertmanagerServer } from './server.ts';

interface Listed {
  readonly labels: Record<string, string>;
  readonly status: {
    readonly state: string;
    readonly silencedBy: string[];
    readonly inhibitedBy: string[];
  };
}

describe('the Alertmanager simulator', () => {
  let server: AlertmanagerServer;
  const list = async (query = '') => {
    const response = await fetch(`${server.url}/api/v2/alerts${query}`);
    return { status: response.status, body: (await response.json()) as Listed[] | string };
  };
  const names = async (query = '') => {
    const { body } = await list(query);
    return Array.isArray(body) ? body.map((alert) => alert.labels.alertname).sort() : body;
  };

  before(async () => {
    server = await startAlertmanagerServer();
    const down = server.fire({ labels: { alertname: 'Down', severity: 'critical' } });
    const slow = server.fire({ labels: { alertname: 'Slow', severity: 'warning' } });
    server.fire({ labels: { alertname: 'Disk', severity: 'warning' } });
    server.silence({ alertname: 'Disk' });
    server.inhibit(slow, down);
  });
  after(() => server.close());

  it('fingerprints label sets as Alertmanager does', () => {
    // Read from Alertmanager 0.25 after posting this label set.
    assert.equal(fingerprint({ alertname: 'A', severity: 'critical' }), 'b807e636403824b5');
  });

  it('filters by the documented parameters, all true by default', async () => {
    assert.deepEqual(await names(), ['Disk', 'Down', 'Slow']);
    assert.deepEqual(await names('?silenced=false&inhibited=false'), ['Down']);
    assert.deepEqual(await names('?active=false'), ['Disk', 'Slow']);
    assert.deepEqual(await names('?filter=severity%3D%22warning%22'), ['Disk', 'Slow']);
    assert.deepEqual(await names('?filter=severity%3D~%22warn.*%22&filter=alertname!%3DDisk'), [
      'Slow',
    ]);
  });

  it('answers a bad matcher with a plain-string 400', async () => {
    assert.deepEqual(await list('?filter=severity'), {
      status: 400,
      body: 'bad matcher format: severity',
    });
    assert.equal(parseFilter('a=~"("'), null);
  });

  it('lifts an expired silence and an inhibition whose source resolved', async () => {
    const id = server.silence({ alertname: 'Down' });
    assert.deepEqual(await names('?silenced=false'), ['Slow']);
    assert.equal(server.expireSilence(id), true);
    assert.deepEqual(await names('?silenced=false'), ['Down', 'Slow']);
    server.resolve({ alertname: 'Down' });
    assert.deepEqual(await names('?silenced=false&inhibited=false'), ['Slow']);
  });

  it('answers API v1 with 410 Gone, as Alertmanager 0.27 and later do', async () => {
    const response = await fetch(`${server.url}/api/v1/alerts`);
    assert.equal(response.status, 410);
    assert.match(((await response.json()) as { error: string }).error, /deprecated/);
  });

  it('reports the cluster state it is given', async () => {
    server.setClusterStatus('settling');
    const status = (await (await fetch(`${server.url}/api/v2/status`)).json()) as {
      cluster: { status: string };
    };
    assert.equal(status.cluster.status, 'settling');
  });

  it('takes alerts and silences over the API, and refuses malformed ones', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal((await post('/api/v2/alerts', [{ labels: { alertname: 'Posted' } }])).status, 200);
    assert.ok((await names()).includes('Posted'));
    const refused = await post('/api/v2/alerts', [{ labels: {} }]);
    assert.deepEqual(
      [refused.status, await refused.json()],
      [400, 'invalid alerts: at least one label'],
    );
    assert.equal((await post('/api/v2/silences', { matchers: [] })).status, 400);
  });
});
