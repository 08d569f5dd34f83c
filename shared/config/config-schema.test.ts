import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, type ConfigIssue } from './config-issues.ts';
import { parseConfigText, type Config } from './parse-config.ts';

const ENV = { TOPDESK_APP_PASSWORD: 'pw-topdesk', STATUSCAKE_TOKEN: 'tok-statuscake' };

function parseOk(text: string, env: Record<string, string> = ENV): Config {
  const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env });
  if (!result.ok) assert.fail(`expected a valid config, got:\n${result.error.message}`);
  return result.value;
}

function issuesOf(text: string, env: Record<string, string> = ENV): readonly ConfigIssue[] {
  const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env });
  assert.equal(result.ok, false, 'expected the config to be refused');
  assert.ok(!result.ok && result.error instanceof ConfigError);
  return result.error.issues;
}

const paths = (issues: readonly ConfigIssue[]) => issues.map((issue) => issue.path);

describe('parseConfigText: errors name the path inside the document', () => {
  const source = (extra: string) =>
    `sources:\n  - { id: sc, kind: statuscake, url: "https://api.statuscake.com", token: { env: STATUSCAKE_TOKEN } }\n  - { id: topdesk, kind: topdesk, url: "https://x.topdesk.net", username: u, password: { env: TOPDESK_APP_PASSWORD }${extra} }\n`;
  const cases: { name: string; text: string; issues: ConfigIssue[] }[] = [
    {
      name: 'a bad duration',
      text: source(', interval: 5 minutes'),
      issues: [
        {
          path: 'sources[1].interval',
          message: 'expected a duration such as 30s, 15m or 6h',
          position: { line: 3, column: 129 },
        },
      ],
    },
    {
      name: 'a zero interval',
      text: source(', interval: 0s'),
      issues: [
        {
          path: 'sources[1].interval',
          message: 'expected a duration from 5s to 1d',
          position: { line: 3, column: 129 },
        },
      ],
    },
    {
      name: 'an unknown key',
      text: 'sources:\n  - { id: sc, kind: statuscake, url: "https://a.b", token: { env: STATUSCAKE_TOKEN }, colour: red }\n',
      issues: [
        {
          path: 'sources[0].colour',
          message: 'unknown key (check its spelling and indentation)',
          position: { line: 2, column: 87 },
        },
      ],
    },
    {
      name: 'an unknown top-level key',
      text: 'titel: x\n',
      issues: [
        {
          path: 'titel',
          message: 'unknown key (check its spelling and indentation)',
          position: { line: 1, column: 1 },
        },
      ],
    },
    {
      name: 'an unknown domain',
      text: 'domains:\n  foo: {}\n',
      issues: [
        {
          path: 'domains.foo',
          message:
            'unknown domain (expected one of helpdesk, ggd-portal, security, privacy, alerting, website, escalation)',
          position: { line: 2, column: 3 },
        },
      ],
    },
    {
      name: 'an unknown source kind',
      text: 'sources:\n  - { id: x, kind: nagios, url: "https://a.b" }\n',
      issues: [
        {
          path: 'sources[0].kind',
          message:
            'expected a source with kind one of topdesk, statuscake, elasticsearch, alertmanager',
          position: { line: 2, column: 20 },
        },
      ],
    },
    {
      name: 'a missing username',
      text: 'sources:\n  - { id: t, kind: topdesk, url: "https://a.b", password: { env: TOPDESK_APP_PASSWORD } }\n',
      issues: [
        {
          path: 'sources[0].username',
          message: 'expected a text (missing)',
          position: { line: 2, column: 5 },
        },
      ],
    },
    {
      name: 'a bad id',
      text: 'sources:\n  - { id: Top Desk, kind: statuscake, url: "https://a.b", token: { env: STATUSCAKE_TOKEN } }\n',
      issues: [
        {
          path: 'sources[0].id',
          message: 'expected an id of lower-case letters, digits and dashes',
          position: { line: 2, column: 11 },
        },
      ],
    },
    {
      name: 'a bad time zone',
      text: 'timezone: Europe/Dijkstad\n',
      issues: [
        {
          path: 'timezone',
          message: 'expected an IANA time zone such as Europe/Amsterdam',
          position: { line: 1, column: 11 },
        },
      ],
    },
    {
      name: 'a bad rule kind',
      text: 'domains:\n  privacy:\n    rules:\n      - { kind: ticket-flood }\n',
      issues: [
        {
          path: 'domains.privacy.rules[0].kind',
          message:
            'expected a rule with kind one of ticket-spike, ticket-open, check-down, alert-firing, query-threshold, unacknowledged',
          position: { line: 4, column: 17 },
        },
      ],
    },
    {
      name: 'a bad severity',
      text: 'domains:\n  website:\n    rules:\n      - { kind: check-down, severity: major }\n',
      issues: [
        {
          path: 'domains.website.rules[0].severity',
          message: 'expected warning or critical',
          position: { line: 4, column: 39 },
        },
      ],
    },
    {
      name: 'a factor of 1',
      text: 'domains:\n  helpdesk:\n    rules:\n      - { kind: ticket-spike, by: category, window: 1h, baseline: 6h, factor: 1, minCount: 5 }\n',
      issues: [
        {
          path: 'domains.helpdesk.rules[0].factor',
          message: 'expected a number above 1',
          position: { line: 4, column: 79 },
        },
      ],
    },
    {
      name: 'a ticket-open rule that selects nothing',
      text: 'domains:\n  privacy:\n    rules:\n      - { kind: ticket-open }\n',
      issues: [
        {
          path: 'domains.privacy.rules[0]',
          message: 'expected at least one of priorities, categories or majorIncident',
          position: { line: 4, column: 9 },
        },
      ],
    },
    {
      name: 'a bad priority regex',
      text: 'priorities: { P0: "(" }\n',
      issues: [
        {
          path: 'priorities.P0',
          message: 'expected a valid regular expression',
          position: { line: 1, column: 19 },
        },
      ],
    },
    {
      name: 'a top-level list',
      text: '- 1\n',
      issues: [
        {
          path: '',
          message: 'expected a mapping with title, sources, domains, …',
          position: { line: 1, column: 1 },
        },
      ],
    },
    {
      name: 'duplicate source ids',
      text: 'sources:\n  - { id: sc, kind: statuscake, url: "https://a.b", token: { env: STATUSCAKE_TOKEN } }\n  - { id: sc, kind: statuscake, url: "https://c.d", token: { env: STATUSCAKE_TOKEN } }\n',
      issues: [
        {
          path: 'sources[1].id',
          message: 'expected a unique source id ("sc" is used twice)',
          position: { line: 3, column: 11 },
        },
      ],
    },
    {
      name: 'a query-threshold on an unknown query',
      text: 'domains:\n  alerting:\n    rules:\n      - { kind: query-threshold, query: backend-5xx, threshold: 10 }\n',
      issues: [
        {
          path: 'domains.alerting.rules[0].query',
          message:
            'expected the id of a query of an elasticsearch source ("backend-5xx" is not one)',
          position: { line: 4, column: 41 },
        },
      ],
    },
    {
      name: 'a ticket-open priority that is not a level of the priorities map',
      text: 'priorities: { P0: "^P0" }\ndomains:\n  escalation:\n    rules:\n      - { kind: ticket-open, priorities: [P0, P1] }\n',
      issues: [
        {
          path: 'domains.escalation.rules[0].priorities[1]',
          message: 'expected a level of the priorities map (P0)',
          position: { line: 5, column: 47 },
        },
      ],
    },
    {
      name: 'a missing env secret',
      text: 'sources:\n  - { id: t, kind: topdesk, url: "https://a.b", username: u, password: { env: TOPDESK_APP_PASSWORD } }\n',
      issues: [
        {
          path: 'sources[0].password',
          message:
            'expected the environment variable TOPDESK_APP_PASSWORD to hold the secret, but it is not set',
          position: { line: 2, column: 72 },
        },
      ],
    },
  ];
  for (const { name, text, issues } of cases) {
    it(name, () =>
      assert.deepEqual(issuesOf(text, name === 'a missing env secret' ? {} : ENV), issues),
    );
  }

  it('accepts a query-threshold on a query an elasticsearch source defines', () => {
    const text =
      'sources:\n  - { id: elk, kind: elasticsearch, url: "https://elk.example.nl", queries: [{ id: backend-5xx, index: "logs-*", query: "x", window: 15m }] }\ndomains:\n  alerting:\n    rules:\n      - { kind: query-threshold, query: backend-5xx, threshold: 10 }\n';
    assert.deepEqual(parseOk(text).domains.alerting?.rules, [
      { kind: 'query-threshold', severity: 'critical', query: 'backend-5xx', threshold: 10 },
    ]);
  });

  it('reports every problem at once, each with the file name in the message', () => {
    const result = parseConfigText('title: ""\nsources: 3\n', {
      fileName: 'conf/dijkwacht.yaml',
      env: {},
    });
    assert.ok(!result.ok);
    assert.deepEqual(paths(result.error.issues), ['title', 'sources']);
    assert.equal(
      result.error.message,
      'conf/dijkwacht.yaml:1:8: title: expected a non-empty text\nconf/dijkwacht.yaml:2:10: sources: expected a list of sources',
    );
    assert.equal(result.error.file, 'conf/dijkwacht.yaml');
  });
});
