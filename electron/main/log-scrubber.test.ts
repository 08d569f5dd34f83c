import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { SecretValue } from '../../shared/config/secret.ts';
import { LogScrubber, secretValuesIn } from './log-scrubber.ts';

const SECRET = 'S3ntinel/Token+7f3a=';

describe('LogScrubber', () => {
  it('removes a configured secret in every form a line could quote it', () => {
    const scrubber = new LogScrubber();
    scrubber.add([SECRET]);
    const forms = [
      SECRET,
      encodeURIComponent(SECRET),
      Buffer.from(SECRET).toString('base64'),
      JSON.stringify(SECRET).slice(1, -1),
    ];
    for (const form of forms) {
      const line = scrubber.text(`Dijkwacht: source said "${form}" back`);
      assert.ok(!line.includes(form), line);
      assert.match(line, /«secret»/);
    }
  });

  it('removes secrets added later too (a keychain secret stored while running)', () => {
    const scrubber = new LogScrubber();
    scrubber.add(['first-secret-value']);
    scrubber.add(['second-secret-value']);
    assert.equal(
      scrubber.text('first-secret-value and second-secret-value'),
      '«secret» and «secret»',
    );
  });

  it('drops the query string of any URL, where tokens travel', () =>
    assert.equal(
      new LogScrubber().text('GET https://sso.example.nl/cb?access_token=abc123 failed'),
      'GET https://sso.example.nl/cb?… failed',
    ));

  it('removes Authorization header values and URL credentials whatever the secrets are', () => {
    const scrubber = new LogScrubber();
    assert.equal(
      scrubber.text('headers: {"authorization": "Bearer eyJhbGciOi.x.y"}'),
      'headers: {"authorization": "«secret»"}',
    );
    assert.equal(scrubber.text('Authorization: Basic ZGVtbzpkZW1v'), 'Authorization: «secret»');
    assert.equal(
      scrubber.text('cannot reach https://user:hunter22@elk.example.nl:9200/'),
      'cannot reach https://«secret»@elk.example.nl:9200/',
    );
  });

  it('leaves ordinary lines alone', () => {
    const line = 'Dijkwacht: the wall is on display 2 (saved)';
    assert.equal(new LogScrubber().text(line), line);
  });
});

describe('secretValuesIn', () => {
  it("finds every secret of a parsed config: the sources' and the Slack webhooks'", () => {
    const parsed = parseConfigText(
      [
        'title: t',
        'timezone: Europe/Amsterdam',
        'sources:',
        '  - { id: td, kind: topdesk, url: "https://t.example.nl", username: u, password: { env: TD } }',
        '  - { id: sc, kind: statuscake, url: "https://api.statuscake.com", token: { env: SC } }',
        'alerts:',
        '  slack:',
        '    alerting: { env: SLACK }',
      ].join('\n'),
      {
        fileName: 'c.yaml',
        env: {
          TD: 'topdesk-password-1',
          SC: 'statuscake-token-1',
          SLACK: 'https://hooks.slack.com/services/T000/B000/XXXXXXXX',
        },
      },
    );
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
    assert.deepEqual(secretValuesIn(parsed.value).sort(), [
      'https://hooks.slack.com/services/T000/B000/XXXXXXXX',
      'statuscake-token-1',
      'topdesk-password-1',
      'u:topdesk-password-1',
    ]);
  });

  it('copes with cycles, maps and plain values', () => {
    const looped: Record<string, unknown> = { secret: new SecretValue('looped-secret', 'test') };
    looped.self = looped;
    const map = new Map([['k', new SecretValue('mapped-secret', 'test')]]);
    assert.deepEqual(secretValuesIn({ looped, map, n: 1, s: 'text', nil: null }).sort(), [
      'looped-secret',
      'mapped-secret',
    ]);
  });
});
