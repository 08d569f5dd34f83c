import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { format, inspect } from 'node:util';
import { parseConfigText } from './parse-config.ts';
import { SecretValue } from './secret.ts';

const SENTINEL = 'SENTINEL-7f3a';

describe('SecretValue', () => {
  const secret = new SecretValue(SENTINEL, 'env TOPDESK_APP_PASSWORD');
  const printings: [string, () => string][] = [
    ['JSON.stringify', () => JSON.stringify(secret)],
    ['String()', () => String(secret)],
    ['a template literal', () => `${secret}`],
    ['string concatenation', () => 'x' + secret],
    ['util.inspect', () => inspect(secret)],
    ['util.inspect with showHidden', () => inspect(secret, { showHidden: true, depth: 5 })],
    ['util.format %o', () => format('%o', secret)],
  ];
  for (const [how, print] of printings) {
    it(`prints as «secret» through ${how}`, () => {
      const text = print();
      assert.ok(!text.includes(SENTINEL), text);
      assert.match(text, /«secret»/);
    });
  }

  it('prints exactly «secret» on its own', () => {
    assert.equal(JSON.stringify(secret), '"«secret»"');
    assert.equal(String(secret), '«secret»');
    assert.equal(inspect(secret), '«secret»');
  });

  it('stays hidden inside a config object handed to a logger', () => {
    const config = { sources: [{ id: 'topdesk', password: secret }] };
    assert.equal(JSON.stringify(config), '{"sources":[{"id":"topdesk","password":"«secret»"}]}');
    assert.equal(
      inspect(config, { depth: 10 }),
      "{ sources: [ { id: 'topdesk', password: «secret» } ] }",
    );
    assert.deepEqual(Object.keys(secret), ['source']);
  });

  it('reveals the value only on request, and tells where it came from', () => {
    assert.equal(secret.reveal(), SENTINEL);
    assert.equal(secret.source, 'env TOPDESK_APP_PASSWORD');
  });
});

describe('parseConfigText never prints a secret', () => {
  const cases: [string, string, Record<string, string>][] = [
    [
      'a plaintext password',
      `sources:\n  - { id: t, kind: topdesk, url: "https://a.b", username: u, password: ${SENTINEL} }\n`,
      {},
    ],
    [
      'a plaintext token',
      `sources:\n  - { id: s, kind: statuscake, url: "https://a.b", token: "${SENTINEL}" }\n`,
      {},
    ],
    [
      'a plaintext apiKey',
      `sources:\n  - { id: e, kind: elasticsearch, url: "https://a.b", apiKey: ${SENTINEL} }\n`,
      {},
    ],
    [
      'a plaintext password next to a username',
      `sources:\n  - { id: a, kind: alertmanager, url: "https://a.b", username: u, password: ${SENTINEL} }\n`,
      {},
    ],
    [
      'a secret in an object',
      `sources:\n  - { id: s, kind: statuscake, url: "https://a.b", token: { value: ${SENTINEL} } }\n`,
      {},
    ],
    [
      'a secret next to env',
      `sources:\n  - { id: s, kind: statuscake, url: "https://a.b", token: { env: TOKEN, value: ${SENTINEL} } }\n`,
      { TOKEN: 'x' },
    ],
    [
      'a secret as the env name',
      `sources:\n  - { id: s, kind: statuscake, url: "https://a.b", token: { env: "${SENTINEL}" } }\n`,
      {},
    ],
    [
      'credentials in the URL',
      `sources:\n  - { id: s, kind: statuscake, url: "https://user:${SENTINEL}@a.b", token: { env: TOKEN } }\n`,
      { TOKEN: 'x' },
    ],
    [
      'a secret in a duration',
      `sources:\n  - { id: s, kind: statuscake, url: "https://a.b", token: { env: TOKEN }, interval: ${SENTINEL} }\n`,
      { TOKEN: 'x' },
    ],
    ['a secret breaking the YAML', `sources:\n  - id: s\n    token: "${SENTINEL}\n`, {}],
    [
      'a resolved secret next to another error',
      `title: ""\nsources:\n  - { id: s, kind: statuscake, url: "https://a.b", token: { env: TOKEN } }\n`,
      { TOKEN: SENTINEL },
    ],
  ];
  for (const [name, text, env] of cases) {
    it(`refuses ${name} without quoting it`, () => {
      const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env });
      assert.ok(!result.ok, 'expected the config to be refused');
      assert.ok(result.error.issues.length > 0);
      assert.ok(!result.error.message.includes(SENTINEL), result.error.message);
      assert.ok(!result.error.stack?.includes(SENTINEL));
      for (const issue of result.error.issues) {
        assert.ok(!issue.message.includes(SENTINEL), issue.message);
        assert.ok(!issue.path.includes(SENTINEL), issue.path);
      }
    });
  }

  it('says what to write instead of a plaintext secret', () => {
    const result = parseConfigText(cases[0]![1], { fileName: 'dijkwacht.yaml', env: {} });
    assert.ok(!result.ok);
    assert.deepEqual(result.error.issues, [
      {
        path: 'sources[0].password',
        message: 'expected a secret reference such as { env: NAME } (never the secret itself)',
      },
    ]);
  });

  it('names the variable of a missing secret, not its value', () => {
    const text =
      'sources:\n  - { id: t, kind: topdesk, url: "https://a.b", username: u, password: { env: TOPDESK_APP_PASSWORD } }\n';
    for (const env of [{}, { TOPDESK_APP_PASSWORD: '' }]) {
      const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env });
      assert.ok(!result.ok);
      assert.equal(
        result.error.message,
        'dijkwacht.yaml: sources[0].password: expected the environment variable TOPDESK_APP_PASSWORD to hold the secret, but it is not set',
      );
    }
  });
});
