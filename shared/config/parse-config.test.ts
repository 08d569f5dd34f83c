import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, type ConfigIssue } from './config-issues.ts';
import { parseConfigText, type Config } from './parse-config.ts';
import { defaultSubjectRoutes } from '../playbook/subject-routes.ts';
import { SecretValue } from './secret.ts';
import { README_EXAMPLE, README_EXAMPLE_ENV as ENV } from './testing/example-configs.ts';

// The defaults of routing.subjects, intake, wall and alerts, as the parsed config carries them (plain JSON).
const DEFAULT_SUBJECTS = JSON.parse(JSON.stringify(defaultSubjectRoutes));
const DEFAULT_OFFICE_HOURS = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '08:00',
  to: '17:00',
};
const DEFAULT_WALL = { rotate: null, alarmHold: 120_000, highlight: 300_000 };
const DEFAULT_ALERTS = { desktop: true, sound: false, slack: {} };

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

describe("parseConfigText: the README's example", () => {
  it('parses, with every default filled in and secrets resolved', () => {
    const config = parseOk(README_EXAMPLE);
    assert.deepEqual(JSON.parse(JSON.stringify(config)), {
      title: 'CoronaMelder — verhoogde dijkbewaking',
      timezone: 'Europe/Amsterdam',
      demo: false,
      routing: { unassignedAfter: 1_800_000, subjects: DEFAULT_SUBJECTS },
      intake: { officeHours: DEFAULT_OFFICE_HOURS },
      wall: DEFAULT_WALL,
      alerts: DEFAULT_ALERTS,
      sources: [
        {
          kind: 'topdesk',
          id: 'topdesk',
          url: 'https://example.topdesk.net',
          interval: 60_000,
          timeout: 10_000,
          username: 'dijkwacht-api',
          password: '«secret»',
          resyncInterval: 3_600_000,
        },
        {
          kind: 'statuscake',
          id: 'statuscake',
          url: 'https://api.statuscake.com',
          interval: 60_000,
          timeout: 10_000,
          token: '«secret»',
        },
        {
          kind: 'elasticsearch',
          id: 'elk',
          url: 'https://elk.example.nl:9200',
          interval: 60_000,
          timeout: 10_000,
          apiKey: '«secret»',
          queries: [
            {
              id: 'backend-5xx',
              index: 'logs-backend-*',
              query: 'http.response.status_code:[500 TO 599]',
              window: 900_000,
              timeField: '@timestamp',
            },
          ],
        },
        {
          kind: 'alertmanager',
          id: 'alertmanager',
          url: 'http://127.0.0.1:9093',
          interval: 60_000,
          timeout: 10_000,
        },
      ],
      domains: {
        helpdesk: {
          tickets: { categories: ['Helpdesk'] },
          rules: [
            {
              kind: 'ticket-spike',
              severity: 'critical',
              by: 'subcategory',
              window: 3_600_000,
              baseline: 21_600_000,
              factor: 3,
              minCount: 20,
            },
          ],
        },
        website: {
          checks: { tags: ['website'] },
          rules: [{ kind: 'check-down', severity: 'critical', for: 120_000 }],
        },
        escalation: {
          rules: [
            { kind: 'ticket-open', severity: 'critical', priorities: ['P0', 'P1'] },
            { kind: 'unacknowledged', severity: 'critical', for: 900_000 },
          ],
        },
      },
      priorities: { P0: '^(P0|Prio 0)', P1: '^(P1|Prio 1)' },
    });
  });

  it('resolves each { env: NAME } to a SecretValue holding that variable', () => {
    const [topdesk, statuscake, elk] = parseOk(README_EXAMPLE).sources;
    assert.ok(
      topdesk?.kind === 'topdesk' &&
        statuscake?.kind === 'statuscake' &&
        elk?.kind === 'elasticsearch',
    );
    assert.ok(topdesk.password instanceof SecretValue);
    assert.equal(topdesk.password.reveal(), 'pw-topdesk');
    assert.equal(topdesk.password.source, 'env TOPDESK_APP_PASSWORD');
    assert.equal(statuscake.token.reveal(), 'tok-statuscake');
    assert.equal(elk.apiKey?.reveal(), 'key-elasticsearch');
  });

  it('reads the same document written as JSON', () => {
    const json = JSON.stringify({
      title: 'JSON',
      sources: [
        {
          id: 'sc',
          kind: 'statuscake',
          url: 'https://api.statuscake.com',
          token: { env: 'STATUSCAKE_TOKEN' },
          interval: '30s',
        },
      ],
      domains: {
        website: {
          checks: { tags: ['website'] },
          rules: [{ kind: 'check-down', for: '2m', severity: 'warning' }],
        },
      },
    });
    const config = parseOk(json);
    assert.equal(config.title, 'JSON');
    assert.equal(config.sources[0]?.interval, 30_000);
    assert.deepEqual(config.domains.website?.rules, [
      { kind: 'check-down', severity: 'warning', for: 120_000 },
    ]);
  });

  it('gives an empty document every default', () => {
    for (const text of ['', '# nothing yet\n', '{}']) {
      assert.deepEqual(JSON.parse(JSON.stringify(parseOk(text, {}))), {
        title: 'Dijkwacht',
        timezone: 'Europe/Amsterdam',
        demo: false,
        routing: { unassignedAfter: 1_800_000, subjects: DEFAULT_SUBJECTS },
        intake: { officeHours: DEFAULT_OFFICE_HOURS },
        wall: DEFAULT_WALL,
        alerts: DEFAULT_ALERTS,
        sources: [],
        domains: {},
        priorities: { P0: '^(P0|Prio 0)', P1: '^(P1|Prio 1)' },
      });
    }
  });

  it('keeps a label map whose only key is env as labels, not as a secret reference', () => {
    const config = parseOk(
      'domains:\n  alerting:\n    alerts: { labels: { env: prod } }\n    rules:\n      - { kind: alert-firing, labels: { env: PATH } }\n',
      { PATH: '/usr/bin' },
    );
    assert.deepEqual(config.domains.alerting, {
      alerts: { labels: { env: 'prod' } },
      rules: [{ kind: 'alert-firing', severity: 'critical', labels: { env: 'PATH' } }],
    });
  });
});

describe('parseConfigText: syntax errors', () => {
  it('reports a YAML syntax error with its line and column', () => {
    assert.deepEqual(issuesOf('title: x\ndomains:\n\t- a\n'), [
      { path: '', message: 'not valid YAML or JSON at line 3, column 1: tab as indent' },
    ]);
    assert.deepEqual(issuesOf('title: x\nsources: [\n  { id: a }\n'), [
      { path: '', message: 'not valid YAML or JSON at line 4, column 1: bad indent' },
    ]);
  });

  it('reports a JSON syntax error with its line and column', () => {
    const [issue] = issuesOf('{\n  "title": "x",\n  "sources": [\n}\n');
    assert.match(issue?.message ?? '', /^not valid YAML or JSON at line \d+, column \d+: /);
  });

  it('refuses a key written twice', () => {
    assert.deepEqual(issuesOf('title: a\ntitle: b\n'), [
      { path: '', message: 'not valid YAML or JSON at line 2, column 1: duplicate key' },
    ]);
  });
});

describe('parseConfigText: hostile or mistaken documents', () => {
  /** Billion laughs: nine levels of nine aliases each, 9^7 strings from under 1 kB. */
  const ALIAS_BOMB = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefg'
      .split('')
      .map(
        (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`,
      ),
    '',
  ].join('\n');

  it('refuses an alias bomb as a config error, not a crash', () => {
    assert.deepEqual(issuesOf(ALIAS_BOMB), [
      {
        path: '',
        message:
          'not valid YAML or JSON: its aliases (*name) expand to more than 100 copies, the limit that stops an alias bomb',
      },
    ]);
  });

  it('still reads a few aliases, as YAML users write them to repeat a value', () => {
    const config = parseOk(
      'domains:\n  website:\n    checks: &web { tags: [website] }\n    rules: [{ kind: check-down }]\n  ggd-portal:\n    checks: *web\n    rules: [{ kind: check-down }]\n',
    );
    assert.deepEqual(config.domains['ggd-portal']?.checks, { tags: ['website'] });
  });

  it('refuses an alias without its anchor as a config error, not a crash', () => {
    assert.deepEqual(issuesOf('title: *nowhere\n'), [
      {
        path: '',
        message: 'not valid YAML or JSON: an alias (*name) refers to no anchor (&name) before it',
      },
    ]);
  });

  it('refuses a document over 1 MB before parsing it', () => {
    const big = `title: x\n# ${'x'.repeat(1_048_576)}\n`;
    assert.deepEqual(issuesOf(big), [
      { path: '', message: 'the file is larger than the 1 MB limit' },
    ]);
  });

  it('counts the limit in bytes of UTF-8, as the file holds them', () => {
    const justUnder = `# ${'x'.repeat(1_048_576 - 4)}\n`;
    const sameInEuros = `# ${'€'.repeat(1_048_576 / 3)}\n`;
    assert.equal(justUnder.length, 1_048_575);
    assert.ok(parseConfigText(justUnder, { fileName: 'dijkwacht.yaml', env: {} }).ok);
    assert.deepEqual(issuesOf(sameInEuros), [
      { path: '', message: 'the file is larger than the 1 MB limit' },
    ]);
  });
});
