import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { alertSchema } from '../../../shared/signals/signals.ts';
import { gettableAlert } from './testing/fixtures.ts';
import { parseAlerts, parseStatus } from './to-signals.ts';

describe('parseAlerts', () => {
  it('turns gettableAlerts into Alerts, keyed by fingerprint', () => {
    assert.deepEqual(parseAlerts([gettableAlert()]), {
      ok: true,
      value: [
        {
          fingerprint: '3c2f1b0a9d8e7f61',
          name: 'HighErrorRate',
          labels: { alertname: 'HighErrorRate', service: 'payments', severity: 'critical' },
          annotations: { summary: '5xx > 5% for 10m' },
          startsAt: '2026-11-28T08:05:30.123Z',
          state: 'active',
          silencedBy: [],
          inhibitedBy: [],
          generatorURL: 'http://prometheus:9090/graph?g0.expr=up',
        },
      ],
    });
  });

  it('keeps silenced and inhibited alerts apart by their status, whatever endsAt says', () => {
    const result = parseAlerts([
      gettableAlert({ fingerprint: 'a', endsAt: '2000-01-01T00:00:00Z' }),
      gettableAlert({
        fingerprint: 'b',
        status: { state: 'suppressed', silencedBy: ['s1'], inhibitedBy: [] },
      }),
      gettableAlert({
        fingerprint: 'c',
        status: { state: 'suppressed', silencedBy: [], inhibitedBy: ['a'] },
      }),
      gettableAlert({
        fingerprint: 'd',
        status: { state: 'unprocessed', silencedBy: null, inhibitedBy: null },
      }),
    ]);
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((alert) => [
        alert.fingerprint,
        alert.state,
        alert.silencedBy,
        alert.inhibitedBy,
      ]),
      [
        ['a', 'active', [], []],
        ['b', 'suppressed', ['s1'], []],
        ['c', 'suppressed', [], ['a']],
        ['d', 'unprocessed', [], []],
      ],
    );
  });

  it('normalises times to UTC and fills what Alertmanager may leave out', () => {
    const raw = gettableAlert({
      startsAt: '2026-11-28T10:05:30.123456789+02:00',
      annotations: undefined,
      generatorURL: undefined,
      labels: { job: 'x' },
    });
    const result = parseAlerts([raw]);
    assert.ok(result.ok);
    const [alert] = result.value;
    assert.equal(alert?.startsAt, '2026-11-28T08:05:30.123Z');
    assert.deepEqual(alert?.annotations, {});
    assert.equal(alert?.generatorURL, null);
    assert.equal(alert?.name, '3c2f1b0a9d8e7f61', 'no alertname: the fingerprint names it');
  });

  it('drops a repeated fingerprint', () => {
    const result = parseAlerts([
      gettableAlert(),
      gettableAlert({ labels: { alertname: 'Other' } }),
    ]);
    assert.ok(result.ok);
    assert.equal(result.value.length, 1);
  });

  it('refuses the whole answer when one alert is malformed, saying where', () => {
    const cases: [unknown, RegExp][] = [
      [{ status: 'success', data: [] }, /expected a list of alerts/],
      [
        [gettableAlert(), gettableAlert({ status: { state: 'firing' } })],
        /at \[1\]\.status\.state/,
      ],
      [[gettableAlert({ labels: { severity: 3 } })], /at \[0\]\.labels\.severity/],
      [[gettableAlert({ startsAt: 'yesterday' })], /at \[0\]\.startsAt/],
      [[gettableAlert({ fingerprint: '' })], /at \[0\]\.fingerprint/],
    ];
    for (const [value, message] of cases) {
      const result = parseAlerts(value);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    }
  });
});

describe('parseStatus', () => {
  it('reads the cluster state, a settling cluster included', () => {
    const status = {
      cluster: { status: 'settling', peers: [{ name: 'a', address: 'b' }] },
      versionInfo: { version: '0.25.0' },
      config: { original: '' },
      uptime: '2026-11-28T08:00:00Z',
    };
    assert.deepEqual(parseStatus(status), {
      ok: true,
      value: { cluster: 'settling', peers: 1, version: '0.25.0' },
    });
  });

  it('refuses what is not an Alertmanager status', () => {
    const result = parseStatus({ status: 'success', data: {} });
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /status answer at cluster/);
  });
});

const mutated = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight: 30 }, { arbitrary: fc.jsonValue(), weight: 1 });
const labels = fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 });
const nearMissAlert = fc.record(
  {
    fingerprint: mutated(fc.string({ minLength: 1, maxLength: 16 })),
    labels: mutated(labels),
    annotations: mutated(labels),
    startsAt: mutated(
      fc
        .date({ noInvalidDate: true, min: new Date(0), max: new Date('2100-01-01') })
        .map((date) => date.toISOString()),
    ),
    generatorURL: mutated(fc.string()),
    status: mutated(
      fc.record({
        state: mutated(fc.constantFrom('active', 'suppressed', 'unprocessed')),
        silencedBy: mutated(fc.array(fc.string(), { maxLength: 2 })),
        inhibitedBy: mutated(fc.array(fc.string(), { maxLength: 2 })),
      }),
    ),
  },
  { requiredKeys: ['fingerprint', 'labels', 'startsAt', 'status'] },
);

describe('parseAlerts and parseStatus on arbitrary input', () => {
  const valid = (value: unknown) => {
    const result = parseAlerts(value);
    if (result.ok)
      for (const alert of result.value) assert.ok(alertSchema.safeParse(alert).success);
    else assert.equal(typeof result.error, 'string');
    return result.ok;
  };

  it('never throw and never yield an invalid Alert for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        valid(value);
        const status = parseStatus(value);
        if (status.ok) assert.ok(['ready', 'settling', 'disabled'].includes(status.value.cluster));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and never yields an invalid Alert for near-miss alert lists', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(nearMissAlert, { maxLength: 4 }), (list) => {
        if (valid(list) && list.length > 0) accepted += 1;
      }),
      { numRuns: 2000 },
    );
    assert.ok(accepted > 20, `only ${accepted} of 2000 near-miss lists were usable`);
  });
});
