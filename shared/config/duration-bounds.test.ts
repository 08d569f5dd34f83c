import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from './parse-config.ts';

const ENV = { T: 'token-t0ken', P: 'password' };

/** `path: message` of every issue, or [] when the config parses. */
function issuesOf(text: string): string[] {
  const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env: ENV });
  return result.ok ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const statuscake = (keys: string) =>
  `sources:\n  - { id: sc, kind: statuscake, url: "https://a.b", token: { env: T }${keys} }\n`;
const topdesk = (keys: string) =>
  `sources:\n  - { id: td, kind: topdesk, url: "https://a.b", username: u, password: { env: P }${keys} }\n`;
const elasticsearch = (window: string) =>
  `sources:\n  - { id: elk, kind: elasticsearch, url: "https://a.b", queries: [{ id: q, index: i, query: x, window: ${window} }] }\n`;
const rule = (keys: string) =>
  `${statuscake('')}domains:\n  website:\n    rules:\n      - { kind: check-down${keys} }\n`;
const spike = (keys: string) =>
  `${statuscake('')}domains:\n  helpdesk:\n    rules:\n      - { kind: ticket-spike, by: category, factor: 3, minCount: 5, ${keys} }\n`;

/** [name, config text, expected issues]: the edges of every bounded duration. */
const cases: [string, string, string[]][] = [
  ['an interval of 5s', statuscake(', interval: 5s'), []],
  ['an interval of 1d', statuscake(', interval: 1d'), []],
  [
    'an interval of 4s',
    statuscake(', interval: 4s'),
    ['sources[0].interval: expected a duration from 5s to 1d'],
  ],
  [
    'an interval of 1ms',
    statuscake(', interval: 1ms'),
    ['sources[0].interval: expected a duration from 5s to 1d'],
  ],
  [
    'an interval of 0s',
    statuscake(', interval: 0s'),
    ['sources[0].interval: expected a duration from 5s to 1d'],
  ],
  [
    'an interval of 25h',
    statuscake(', interval: 25h'),
    ['sources[0].interval: expected a duration from 5s to 1d'],
  ],
  [
    'an interval of 25d (beyond a 32-bit timer)',
    statuscake(', interval: 25d'),
    ['sources[0].interval: expected a duration from 5s to 1d'],
  ],
  ['a timeout of 500ms', statuscake(', timeout: 500ms'), []],
  ['a timeout of 5m', statuscake(', timeout: 5m'), []],
  [
    'a timeout of 499ms',
    statuscake(', timeout: 499ms'),
    ['sources[0].timeout: expected a duration from 500ms to 5m'],
  ],
  [
    'a timeout of 301s',
    statuscake(', timeout: 301s'),
    ['sources[0].timeout: expected a duration from 500ms to 5m'],
  ],
  [
    'a timeout of 25d',
    statuscake(', timeout: 25d'),
    ['sources[0].timeout: expected a duration from 500ms to 5m'],
  ],
  ['a resyncInterval of 1m', topdesk(', resyncInterval: 1m'), []],
  ['a resyncInterval of 1d', topdesk(', resyncInterval: 1d'), []],
  [
    'a resyncInterval of 59s',
    topdesk(', resyncInterval: 59s'),
    ['sources[0].resyncInterval: expected a duration from 1m to 1d'],
  ],
  [
    'a resyncInterval of 2d',
    topdesk(', resyncInterval: 2d'),
    ['sources[0].resyncInterval: expected a duration from 1m to 1d'],
  ],
  ['a query window of 1m', elasticsearch('1m'), []],
  ['a query window of 7d', elasticsearch('7d'), []],
  [
    'a query window of 59s',
    elasticsearch('59s'),
    ['sources[0].queries[0].window: expected a duration from 1m to 7d'],
  ],
  [
    'a query window of 8d',
    elasticsearch('8d'),
    ['sources[0].queries[0].window: expected a duration from 1m to 7d'],
  ],
  ['a rule for of 0s', rule(', for: 0s'), []],
  ['a rule for of 30d', rule(', for: 30d'), []],
  [
    'a rule for of 31d',
    rule(', for: 31d'),
    ['domains.website.rules[0].for: expected a duration of at most 30d'],
  ],
  [
    'a rule clearAfter of 31d',
    rule(', clearAfter: 31d'),
    ['domains.website.rules[0].clearAfter: expected a duration of at most 30d'],
  ],
  [
    'a spike window and baseline of 31d',
    spike('window: 31d, baseline: 720h'),
    ['domains.helpdesk.rules[0].window: expected a duration of at most 30d'],
  ],
  [
    'a spike baseline of 999999d',
    spike('window: 1h, baseline: 999999d'),
    ['domains.helpdesk.rules[0].baseline: expected a duration of at most 30d'],
  ],
  [
    'a ticket-open deadline of 31d',
    `${statuscake('')}domains:\n  privacy:\n    rules:\n      - { kind: ticket-open, categories: [Privacy], deadline: 31d }\n`,
    ['domains.privacy.rules[0].deadline: expected a duration of at most 30d'],
  ],
  ['routing.unassignedAfter of 1m', `${statuscake('')}routing: { unassignedAfter: 1m }\n`, []],
  ['routing.unassignedAfter of 30d', `${statuscake('')}routing: { unassignedAfter: 30d }\n`, []],
  [
    'routing.unassignedAfter of 0s',
    `${statuscake('')}routing: { unassignedAfter: 0s }\n`,
    ['routing.unassignedAfter: expected a duration from 1m to 30d'],
  ],
  [
    'routing.unassignedAfter of 31d',
    `${statuscake('')}routing: { unassignedAfter: 31d }\n`,
    ['routing.unassignedAfter: expected a duration from 1m to 30d'],
  ],
  [
    'a word instead of a duration (the old message, not a range)',
    statuscake(', interval: 5 minutes'),
    ['sources[0].interval: expected a duration such as 30s, 15m or 6h'],
  ],
];

describe('duration bounds', () => {
  for (const [name, text, expected] of cases)
    it(`${expected.length === 0 ? 'accepts' : 'refuses'} ${name}`, () =>
      assert.deepEqual(issuesOf(text), expected));

  it('reports every out-of-range duration at once, next to other errors', () => {
    assert.deepEqual(issuesOf(`title: ""\n${statuscake(', interval: 2d, timeout: 1ms')}`), [
      'title: expected a non-empty text',
      'sources[0].interval: expected a duration from 5s to 1d',
      'sources[0].timeout: expected a duration from 500ms to 5m',
    ]);
  });
});

describe('duration bounds of a demo config (demo: true, as `dijkwacht simulate` writes it)', () => {
  const demo = (text: string) => `demo: true\n${text}`;

  it('polls its loopback servers as often as every second, for a story compressed in time', () => {
    assert.deepEqual(issuesOf(demo(statuscake(', interval: 1s'))), []);
    assert.deepEqual(issuesOf(demo(elasticsearch('1s'))), []);
  });

  it('still refuses less than a second, and names its own range', () => {
    assert.deepEqual(issuesOf(demo(statuscake(', interval: 999ms'))), [
      'sources[0].interval: expected a duration from 1s to 1d',
    ]);
    assert.deepEqual(issuesOf(demo(elasticsearch('500ms'))), [
      'sources[0].queries[0].window: expected a duration from 1s to 7d',
    ]);
  });

  it('keeps every other bound', () => {
    assert.deepEqual(issuesOf(demo(statuscake(', interval: 2d, timeout: 100ms'))), [
      'sources[0].interval: expected a duration from 1s to 1d',
      'sources[0].timeout: expected a duration from 500ms to 5m',
    ]);
  });

  it('is only a demo when demo is exactly true', () => {
    assert.deepEqual(issuesOf(`demo: false\n${statuscake(', interval: 1s')}`), [
      'sources[0].interval: expected a duration from 5s to 1d',
    ]);
    assert.deepEqual(issuesOf(`${statuscake(', interval: 1s')}demo: "true"\n`), [
      'sources[0].interval: expected a duration from 5s to 1d',
      'demo: expected true or false',
    ]);
  });
});
