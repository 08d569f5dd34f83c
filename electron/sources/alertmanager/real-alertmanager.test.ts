import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Alert } from '../../../shared/signals/signals.ts';
import { fingerprint } from '../../simulator/alertmanager/labels.ts';
import {
  startAlertmanagerServer,
  type AlertmanagerServer,
} from '../../simulator/alertmanager/server.ts';
import { createAlertmanagerClient } from './client.ts';
import { amConfig, pollContext } from './testing/fixtures.ts';
import {
  postAlerts,
  postSilence,
  skipWithoutAlertmanager,
  startRealAlertmanager,
  type RealAlertmanager,
} from './testing/real-alertmanager.ts';

const FIRING = { alertname: 'HighErrorRate', service: 'payments', severity: 'critical' };
const SILENCED = { alertname: 'DiskFilling', service: 'payments', severity: 'warning' };

/** Polls until `done` holds: Alertmanager takes the alerts in asynchronously. */
async function pollUntil(
  url: string,
  done: (alerts: readonly Alert[]) => boolean,
): Promise<Alert[]> {
  const client = createAlertmanagerClient(amConfig(url, { timeout: 2000 }));
  const deadline = Date.now() + 5000;
  for (;;) {
    const signals = await client.poll(pollContext());
    const alerts = signals.kind === 'alertmanager' ? [...signals.alerts] : [];
    if (done(alerts) || Date.now() > deadline) return alerts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const named = (alerts: readonly Alert[], name: string) =>
  alerts.find((alert) => alert.name === name);

/** The same story on the real Alertmanager and on the simulator: fire two, silence one, resolve one. */
async function firingVersusSilenced(url: string): Promise<void> {
  await postAlerts(url, [
    {
      labels: FIRING,
      annotations: { summary: '5xx > 5%' },
      generatorURL: 'http://prometheus:9090/graph',
    },
    { labels: SILENCED },
  ]);
  const silence = await postSilence(url, { alertname: 'DiskFilling' });
  const alerts = await pollUntil(
    url,
    (list) =>
      named(list, 'DiskFilling')?.silencedBy.length === 1 &&
      named(list, 'HighErrorRate')?.state === 'active',
  );
  assert.deepEqual(named(alerts, 'HighErrorRate'), {
    fingerprint: fingerprint(FIRING),
    name: 'HighErrorRate',
    labels: FIRING,
    annotations: { summary: '5xx > 5%' },
    startsAt: named(alerts, 'HighErrorRate')?.startsAt,
    state: 'active',
    silencedBy: [],
    inhibitedBy: [],
    generatorURL: 'http://prometheus:9090/graph',
  });
  const silenced = named(alerts, 'DiskFilling');
  assert.deepEqual(
    [silenced?.state, silenced?.silencedBy, silenced?.generatorURL],
    ['suppressed', [silence], null],
  );
  assert.equal(
    silenced?.fingerprint,
    fingerprint(SILENCED),
    'the simulator fingerprints as Alertmanager does',
  );

  await postAlerts(url, [{ labels: FIRING, endsAt: new Date(Date.now() - 1000).toISOString() }]);
  const after = await pollUntil(url, (list) => !named(list, 'HighErrorRate'));
  assert.deepEqual(
    after.map((alert) => alert.name),
    ['DiskFilling'],
  );
}

const DOWN = { alertname: 'ServiceDown', service: 'api', severity: 'critical' };
const SLOW = { alertname: 'ServiceSlow', service: 'api', severity: 'warning' };

/** ServiceDown inhibits ServiceSlow: by the real one's inhibit rule, by `inhibit` on the simulator. */
async function inhibited(url: string, inhibit: () => void): Promise<void> {
  await postAlerts(url, [{ labels: DOWN }, { labels: SLOW }]);
  inhibit();
  const alerts = await pollUntil(
    url,
    (list) => named(list, 'ServiceSlow')?.inhibitedBy.length === 1,
  );
  assert.deepEqual(
    [named(alerts, 'ServiceDown')?.state, named(alerts, 'ServiceDown')?.inhibitedBy],
    ['active', []],
  );
  const slow = named(alerts, 'ServiceSlow');
  assert.deepEqual(
    [slow?.state, slow?.silencedBy, slow?.inhibitedBy],
    ['suppressed', [], [fingerprint(DOWN)]],
  );
}

// Each test skips on its own (not the suite): node's runner counts a skipped suite's tests as
// nothing at all, and npm test's last line must say how many were skipped.
const withoutAlertmanager = skipWithoutAlertmanager();

describe('the Alertmanager client against the real Alertmanager', () => {
  let alertmanager: RealAlertmanager | undefined;
  before(async () => {
    if (!withoutAlertmanager) alertmanager = await startRealAlertmanager();
  });
  after(() => alertmanager?.stop());

  it(
    'tells firing from silenced alerts, and sees a resolved one go',
    { skip: withoutAlertmanager },
    async () => {
      await firingVersusSilenced(alertmanager!.url);
    },
  );

  it(
    'tells an inhibited alert from the one inhibiting it',
    { skip: withoutAlertmanager },
    async () => {
      await inhibited(alertmanager!.url, () => {});
    },
  );

  it('reads the health check: clustering is off here', { skip: withoutAlertmanager }, async () => {
    const client = createAlertmanagerClient(amConfig(alertmanager!.url, { timeout: 2000 }));
    await client.poll(pollContext());
    assert.equal(client.lastStatus()?.cluster, 'disabled');
    assert.match(client.lastStatus()?.version ?? '', /^0\.\d+\.\d+/);
  });
});

describe('the simulator tells the same story as the real Alertmanager', () => {
  let server: AlertmanagerServer;
  before(async () => {
    server = await startAlertmanagerServer();
  });
  after(() => server.close());

  it('tells firing from silenced alerts, and sees a resolved one go', async () => {
    await firingVersusSilenced(server.url);
  });

  it('tells an inhibited alert from the one inhibiting it', async () => {
    await inhibited(server.url, () => server.inhibit(fingerprint(SLOW), fingerprint(DOWN)));
  });
});

describe('without the Alertmanager binary', () => {
  it('skips outside CI and fails in CI, saying how to install it', async () => {
    const ci = process.env.CI;
    try {
      delete process.env.CI;
      assert.match(
        String(skipWithoutAlertmanager('/nonexistent/alertmanager')),
        /apt-get install prometheus-alertmanager.*skipped outside CI/,
      );
      process.env.CI = 'true';
      assert.equal(skipWithoutAlertmanager('/nonexistent/alertmanager'), false);
      await assert.rejects(
        startRealAlertmanager('/nonexistent/alertmanager'),
        /missing: install it with "apt-get install prometheus-alertmanager"/,
      );
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
  });
});
