import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSlackWebhookUrl } from './alerts-schema.ts';
import { parseConfigText } from './parse-config.ts';
import { SecretValue } from './secret.ts';

const SOURCE = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';
const HOOK = 'https://hooks.slack.com/services/T0AAA1111/B0BBB2222/c3CCC4444dddd5555';

function parse(yaml: string, env: Record<string, string> = {}) {
  return parseConfigText(`${SOURCE}${yaml}`, { fileName: 'dijkwacht.yaml', env });
}

function alertsOf(yaml: string, env: Record<string, string> = {}) {
  const result = parse(yaml, env);
  if (!result.ok) assert.fail(result.error.message);
  return result.value.alerts;
}

function errorOf(yaml: string, env: Record<string, string> = {}): string {
  const result = parse(yaml, env);
  assert.ok(!result.ok, 'expected the config to be refused');
  return result.error.message;
}

describe('config alerts', () => {
  it('defaults to desktop notifications, no sound and no Slack', () => {
    const expected = { desktop: true, sound: false, slack: {} };
    assert.deepEqual(alertsOf(''), expected);
    assert.deepEqual(alertsOf('alerts: {}\n'), expected);
  });

  it('resolves each line’s webhook to a secret that prints as «secret»', () => {
    const alerts = alertsOf(
      'alerts: { desktop: false, sound: true, slack: { alerting: { env: SLACK_WEBHOOK_INFRA } } }\n',
      { SLACK_WEBHOOK_INFRA: HOOK },
    );
    assert.equal(alerts.desktop, false);
    assert.equal(alerts.sound, true);
    const secret = alerts.slack.alerting;
    assert.ok(secret instanceof SecretValue);
    assert.equal(secret.reveal(), HOOK);
    assert.equal(
      JSON.stringify(alerts),
      '{"desktop":false,"sound":true,"slack":{"alerting":"«secret»"}}',
    );
  });

  it('takes a loopback http URL, for tests', () => {
    const alerts = alertsOf('alerts: { slack: { website: { env: HOOK } } }\n', {
      HOOK: 'http://127.0.0.1:40123/services/test',
    });
    assert.ok(alerts.slack.website instanceof SecretValue);
  });

  const refused: [string, string, Record<string, string>, string][] = [
    [
      'a webhook written in the file',
      `alerts: { slack: { alerting: "${HOOK}" } }\n`,
      {},
      '3:30: alerts.slack.alerting: expected a secret reference such as { env: NAME } (never the secret itself)',
    ],
    [
      'a variable that is not set',
      'alerts: { slack: { alerting: { env: SLACK_WEBHOOK_INFRA } } }\n',
      {},
      '3:30: alerts.slack.alerting: expected the environment variable SLACK_WEBHOOK_INFRA to hold the secret, but it is not set',
    ],
    [
      'an unknown domain',
      'alerts: { slack: { alertin: { env: SLACK_WEBHOOK_INFRA } } }\n',
      { SLACK_WEBHOOK_INFRA: HOOK },
      '3:29: alerts.slack.alertin: expected a domain id (one of helpdesk, ggd-portal, security, privacy, alerting, website, escalation)',
    ],
    [
      'a non-boolean desktop',
      'alerts: { desktop: yes }\n',
      {},
      '3:20: alerts.desktop: expected true or false',
    ],
    [
      'a misspelt key',
      'alerts: { slak: {} }\n',
      {},
      '3:11: alerts.slak: unknown key (check its spelling and indentation)',
    ],
    [
      'a list for slack',
      'alerts: { slack: [] }\n',
      {},
      '3:18: alerts.slack: expected a map of domain ids to { env: NAME }',
    ],
  ];
  for (const [name, yaml, env, message] of refused)
    it(`refuses ${name}, naming the file and the path`, () =>
      assert.equal(errorOf(yaml, env), `dijkwacht.yaml:${message}`));

  const notWebhooks: [string, string][] = [
    ['another host', 'https://hooks.slack.com.evil.example/services/T0/B0/XXXXXXXX'],
    ['plain http to Slack', 'http://hooks.slack.com/services/T0/B0/XXXXXXXX'],
    ['a workflow trigger', 'https://hooks.slack.com/triggers/T0/1/XXXXXXXX'],
    ['credentials in the URL', 'https://me:pw@hooks.slack.com/services/T0/B0/XXXXXXXX'],
    ['another port', 'https://hooks.slack.com:8443/services/T0/B0/XXXXXXXX'],
    ['plain http off loopback', 'http://10.0.0.5/services/T0/B0/XXXXXXXX'],
    ['no URL at all', 'xoxb-1234-abcdefgh'],
  ];
  for (const [name, value] of notWebhooks)
    it(`refuses ${name} as a webhook, naming the variable and never the value`, () => {
      const message = errorOf('alerts: { slack: { security: { env: SLACK_SOC } } }\n', {
        SLACK_SOC: value,
      });
      assert.equal(
        message,
        'dijkwacht.yaml:3:30: alerts.slack.security: expected the environment variable SLACK_SOC to hold a Slack incoming-webhook URL (https://hooks.slack.com/services/…), but it holds something else',
      );
      assert.ok(!message.includes(value));
    });

  it('checks the webhooks even when other parts of the file are wrong', () => {
    const message = errorOf(
      'wall: { rotate: 1s }\nalerts: { slack: { security: { env: SLACK_SOC } } }\n',
      { SLACK_SOC: 'https://example.org/hook/abcdefgh' },
    );
    assert.equal(message.split('\n').length, 2, message);
    assert.match(message, /alerts\.slack\.security: expected the environment variable SLACK_SOC/);
  });

  it('knows a Slack incoming webhook when it sees one', () => {
    assert.ok(isSlackWebhookUrl(HOOK));
    assert.ok(isSlackWebhookUrl('https://HOOKS.slack.com:443/services/T0/B0/x'));
    assert.ok(isSlackWebhookUrl('http://localhost:8080/hook'));
    assert.ok(isSlackWebhookUrl('http://[::1]:8080/hook'));
    assert.ok(!isSlackWebhookUrl('https://hooks.slack.com'));
    assert.ok(!isSlackWebhookUrl('ftp://127.0.0.1/hook'));
  });
});
