import { systemClock } from '../../../time/clock.ts';
import type { PollContext } from '../../source-client.ts';
import type { AlertmanagerConfig } from '../client.ts';

/** Test fixtures: a resolved source config as parseConfigText would produce it. */
export function amConfig(
  url: string,
  overrides: Partial<AlertmanagerConfig> = {},
): AlertmanagerConfig {
  return {
    kind: 'alertmanager',
    id: 'alertmanager',
    url,
    interval: 30_000,
    timeout: 500,
    ...overrides,
  };
}

export const pollContext = (): PollContext => ({
  signal: new AbortController().signal,
  clock: systemClock,
});

/** A gettableAlert as Alertmanager 0.25 returns it (shape copied from a real answer). */
export function gettableAlert(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    annotations: { summary: '5xx > 5% for 10m' },
    endsAt: '2026-11-28T09:45:00.456Z',
    fingerprint: '3c2f1b0a9d8e7f61',
    receivers: [{ name: 'null' }],
    startsAt: '2026-11-28T08:05:30.123Z',
    status: { inhibitedBy: [], silencedBy: [], state: 'active' },
    updatedAt: '2026-11-28T09:41:00.456Z',
    generatorURL: 'http://prometheus:9090/graph?g0.expr=up',
    labels: { alertname: 'HighErrorRate', service: 'payments', severity: 'critical' },
    ...overrides,
  };
}
