import { SecretValue } from '../../../../shared/config/secret.ts';
import { FakeClock } from '../../../time/testing/fake-clock.ts';
import type { PollContext } from '../../source-client.ts';
import type { ElasticsearchConfig, ElasticsearchQuery } from '../search-request.ts';

/** Test fixtures: a resolved source config as parseConfigText would produce it, a poll at NOW. */

export const NOW = new Date('2026-11-28T09:00:30.000Z');
export const MINUTE = 60_000;

export function esQuery(overrides: Partial<ElasticsearchQuery> = {}): ElasticsearchQuery {
  return {
    id: 'backend-5xx',
    index: 'logs-backend-*',
    query: 'http.response.status_code:[500 TO 599]',
    window: 15 * MINUTE,
    timeField: '@timestamp',
    ...overrides,
  };
}

export function esConfig(
  url: string,
  overrides: Partial<ElasticsearchConfig> = {},
): ElasticsearchConfig {
  return {
    kind: 'elasticsearch',
    id: 'elk',
    url,
    interval: 30_000,
    timeout: 500,
    queries: [esQuery()],
    ...overrides,
  };
}

export const secret = (value: string): SecretValue => new SecretValue(value, 'test');

/** A poll at NOW, on a clock that stands still unless a test moves it. */
export function pollContext(signal = new AbortController().signal): PollContext {
  return { signal, clock: new FakeClock(NOW) };
}
