import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from './parse-config.ts';

/** The error text of a config that must be refused. */
function errorOf(text: string, env: Record<string, string> = {}): string {
  const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env });
  assert.ok(!result.ok, 'expected the config to be refused');
  return result.error.message;
}

describe('parseConfigText reports every error of a config at once', () => {
  it('a schema error, an http URL, an unset secret and an unknown query, each at its line and column', () => {
    const text = [
      'title: Oefening',
      'sources:',
      '  - id: elk',
      '    kind: elasticsearch',
      '    url: http://elk.example.nl:9200',
      '    timeout: 10',
      '    apiKey: { env: ELK_API_KEY }',
      '    queries:',
      '      - { id: backend-5xx, index: "logs-*", query: "status:500", window: 15m }',
      'domains:',
      '  alerting:',
      '    rules:',
      '      - { kind: query-threshold, query: frontend-5xx, threshold: 10 }',
      '',
    ].join('\n');
    assert.equal(
      errorOf(text),
      [
        'dijkwacht.yaml:5:10: sources[0].url: expected an https:// URL (plain http is only allowed for loopback, or with allowHttp: true)',
        'dijkwacht.yaml:6:14: sources[0].timeout: expected a duration such as 30s, 15m or 6h',
        'dijkwacht.yaml:7:13: sources[0].apiKey: expected the environment variable ELK_API_KEY to hold the secret, but it is not set',
        'dijkwacht.yaml:13:41: domains.alerting.rules[0].query: expected the id of a query of an elasticsearch source ("frontend-5xx" is not one)',
      ].join('\n'),
    );
  });

  it('places the errors of a JSON config at their lines and columns too', () => {
    const text = [
      '{',
      '  "sources": [',
      '    { "id": "sc", "kind": "statuscake", "url": "http://api.statuscake.com",',
      '      "token": { "env": "STATUSCAKE_TOKEN" }, "colour": "red" }',
      '  ]',
      '}',
      '',
    ].join('\n');
    assert.equal(
      errorOf(text),
      [
        'dijkwacht.yaml:3:48: sources[0].url: expected an https:// URL (plain http is only allowed for loopback, or with allowHttp: true)',
        'dijkwacht.yaml:4:16: sources[0].token: expected the environment variable STATUSCAKE_TOKEN to hold the secret, but it is not set',
        'dijkwacht.yaml:4:47: sources[0].colour: unknown key (check its spelling and indentation)',
      ].join('\n'),
    );
  });

  it('checks each source on its own: one broken source leaves the others checked', () => {
    const text = [
      'sources:',
      '  - { id: td, kind: topdesk, url: "https://x.topdesk.net", password: { env: TD } }',
      '  - { id: td, kind: statuscake, url: "http://api.statuscake.com", token: { env: SC } }',
      '',
    ].join('\n');
    assert.equal(
      errorOf(text, { TD: 'password-1' }),
      [
        'dijkwacht.yaml:2:5: sources[0].username: expected a text (missing)',
        'dijkwacht.yaml:3:11: sources[1].id: expected a unique source id ("td" is used twice)',
        'dijkwacht.yaml:3:38: sources[1].url: expected an https:// URL (plain http is only allowed for loopback, or with allowHttp: true)',
        'dijkwacht.yaml:3:74: sources[1].token: expected the environment variable SC to hold the secret, but it is not set',
      ].join('\n'),
    );
  });

  it('does not guess at references it cannot check: sources that are not a list define no queries', () => {
    const text =
      'sources: elk\ndomains:\n  alerting:\n    rules: [{ kind: query-threshold, query: backend-5xx, threshold: 1 }]\n';
    assert.equal(errorOf(text), 'dijkwacht.yaml:1:10: sources: expected a list of sources');
  });

  it('checks a rule’s priority levels against the map even when a pattern of it is refused', () => {
    const text =
      'priorities: { P0: "(" }\ndomains:\n  escalation:\n    rules: [{ kind: ticket-open, priorities: [P0, P3] }]\n';
    assert.equal(
      errorOf(text),
      [
        'dijkwacht.yaml:1:19: priorities.P0: expected a valid regular expression',
        'dijkwacht.yaml:4:51: domains.escalation.rules[0].priorities[1]: expected a level of the priorities map (P0)',
      ].join('\n'),
    );
  });

  it('checks office hours’ order once both times parse, whatever else failed', () => {
    const text = 'intake: { officeHours: { days: [maandag], from: "17:00", to: "08:00" } }\n';
    assert.equal(
      errorOf(text),
      [
        'dijkwacht.yaml:1:33: intake.officeHours.days[0]: expected a day: mon, tue, wed, thu, fri, sat, sun',
        'dijkwacht.yaml:1:62: intake.officeHours.to: expected a time later than from (office hours end on the day they start)',
      ].join('\n'),
    );
  });
});
