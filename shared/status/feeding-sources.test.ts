import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText, type Config } from '../config/parse-config.ts';
import type { DomainConfig } from '../config/rules-schema.ts';
import { defaultDomainConfig } from '../playbook/default-domain-config.ts';
import { feedingSourceIds } from './feeding-sources.ts';

const CONFIG = `sources:
  - { id: td, kind: topdesk, url: "https://td", username: u, password: { env: S } }
  - { id: sc, kind: statuscake, url: "https://sc", token: { env: S } }
  - { id: am, kind: alertmanager, url: "https://am" }
  - { id: elk-a, kind: elasticsearch, url: "https://a", queries: [{ id: q-a, index: i, query: x, window: 5m }] }
  - { id: elk-b, kind: elasticsearch, url: "https://b", queries: [{ id: q-b, index: i, query: x, window: 5m }] }
`;

function sources(text = CONFIG): Config['sources'] {
  const result = parseConfigText(text, { fileName: 'c.yaml', env: { S: 'secret-s3cr3t' } });
  if (!result.ok) assert.fail(result.error.message);
  return result.value.sources;
}

describe('feedingSourceIds', () => {
  const cases: [string, DomainConfig, string[]][] = [
    ['nothing read', {}, []],
    ['a ticket selector', { tickets: { categories: ['Helpdesk'] } }, ['td']],
    ['a check selector', { checks: { tags: ['website'] } }, ['sc']],
    ['an alert selector', { alerts: { labels: {} } }, ['am']],
    [
      'a ticket-spike rule',
      {
        rules: [
          {
            kind: 'ticket-spike',
            severity: 'critical',
            by: 'category',
            window: 1,
            baseline: 2,
            factor: 2,
            minCount: 1,
          },
        ],
      },
      ['td'],
    ],
    [
      'a ticket-open rule',
      { rules: [{ kind: 'ticket-open', severity: 'critical', categories: ['X'] }] },
      ['td'],
    ],
    [
      'a check-down rule',
      { rules: [{ kind: 'check-down', severity: 'critical', for: 1 }] },
      ['sc'],
    ],
    [
      'an alert-firing rule',
      { rules: [{ kind: 'alert-firing', severity: 'critical', labels: {} }] },
      ['am'],
    ],
    [
      'a query-threshold rule: only the source that defines the query',
      { rules: [{ kind: 'query-threshold', severity: 'critical', query: 'q-b', threshold: 1 }] },
      ['elk-b'],
    ],
    [
      'an unacknowledged rule alone',
      { rules: [{ kind: 'unacknowledged', severity: 'critical', for: 1 }] },
      [],
    ],
    [
      'a mix, in config order',
      {
        checks: { tags: ['x'] },
        rules: [
          { kind: 'query-threshold', severity: 'warning', query: 'q-a', threshold: 1 },
          { kind: 'ticket-open', severity: 'critical', priorities: ['P0'] },
        ],
      },
      ['td', 'sc', 'elk-a'],
    ],
  ];
  for (const [name, domain, expected] of cases)
    it(name, () => assert.deepEqual(feedingSourceIds(domain, sources()), expected));

  it('feeds from every source of a kind the domain reads', () => {
    const two = sources(
      'sources:\n  - { id: sc-1, kind: statuscake, url: "https://a", token: { env: S } }\n  - { id: sc-2, kind: statuscake, url: "https://b", token: { env: S } }\n',
    );
    assert.deepEqual(feedingSourceIds({ checks: { tags: ['x'] } }, two), ['sc-1', 'sc-2']);
  });

  it('feeds from nothing when no source of the kind is configured', () => {
    assert.deepEqual(feedingSourceIds(defaultDomainConfig.website, []), []);
  });

  it('reads the default playbook rules as the contract says', () => {
    const all = sources();
    assert.deepEqual(feedingSourceIds(defaultDomainConfig.helpdesk, all), ['td']);
    assert.deepEqual(feedingSourceIds(defaultDomainConfig['ggd-portal'], all), ['td', 'sc', 'am']);
    assert.deepEqual(feedingSourceIds(defaultDomainConfig.alerting, all), ['am']);
    assert.deepEqual(feedingSourceIds(defaultDomainConfig.escalation, all), ['td']);
  });
});
