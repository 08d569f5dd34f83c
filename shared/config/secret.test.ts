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
        position: { line: 2, column: 72 },
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
        'dijkwacht.yaml:2:72: sources[0].password: expected the environment variable TOPDESK_APP_PASSWORD to hold the secret, but it is not set',
      );
    }
  });
});

describe('parseConfigText refuses a secret no HTTP header can carry', () => {
  const TEXT =
    'sources:\n  - { id: t, kind: topdesk, url: "https://a.b", username: u, password: { env: TOPDESK_APP_PASSWORD } }\n';
  const LINE_BREAK =
    'dijkwacht.yaml:2:72: sources[0].password: the environment variable TOPDESK_APP_PASSWORD holds a line break or control character, which cannot be sent in an HTTP header (check for a trailing newline)';
  const SPACES =
    'dijkwacht.yaml:2:72: sources[0].password: the environment variable TOPDESK_APP_PASSWORD starts or ends with a space, which is almost always a copy-and-paste slip (remove it)';

  const cases: [string, string, string][] = [
    ['a trailing newline', `${SENTINEL}\n`, LINE_BREAK],
    ['a trailing CRLF', `${SENTINEL}\r\n`, LINE_BREAK],
    ['a carriage return inside', `${SENTINEL}\rX-Injected: 1`, LINE_BREAK],
    ['a line feed inside', `${SENTINEL}\nX-Injected: 1`, LINE_BREAK],
    ['a NUL', `${SENTINEL}\0`, LINE_BREAK],
    ['a tab', `${SENTINEL}\tx`, LINE_BREAK],
    ['a DEL', `${SENTINEL}\u007f`, LINE_BREAK],
    ['a trailing space', `${SENTINEL} `, SPACES],
    ['a leading space', ` ${SENTINEL}`, SPACES],
  ];
  for (const [name, value, message] of cases) {
    it(`refuses ${name}, naming the path and the variable, never the value`, () => {
      const result = parseConfigText(TEXT, {
        fileName: 'dijkwacht.yaml',
        env: { TOPDESK_APP_PASSWORD: value },
      });
      assert.ok(!result.ok, 'expected the config to be refused');
      assert.equal(result.error.message, message);
      assert.ok(!result.error.stack?.includes(SENTINEL));
    });
  }

  it('refuses a secret shorter than 8 characters: it could not be scrubbed from echoes', () => {
    const result = parseConfigText(TEXT, {
      fileName: 'dijkwacht.yaml',
      env: { TOPDESK_APP_PASSWORD: 'p4ss' },
    });
    assert.ok(!result.ok);
    assert.equal(
      result.error.message,
      'dijkwacht.yaml:2:72: sources[0].password: the environment variable TOPDESK_APP_PASSWORD holds fewer than 8 characters: too short to be told apart from ordinary text, so it could not be kept out of messages (use the password or token as issued)',
    );
  });

  it('refuses a token or API key beyond printable ASCII, which goes into a header as it is', () => {
    const text = [
      'sources:',
      '  - { id: s, kind: statuscake, url: "https://a.b", token: { env: TOKEN } }',
      '  - { id: e, kind: elasticsearch, url: "https://e", apiKey: { env: KEY } }',
      '  - { id: a, kind: alertmanager, url: "https://a", username: u, password: { env: AM } }',
      '',
    ].join('\n');
    const result = parseConfigText(text, {
      fileName: 'c.yaml',
      env: { TOKEN: 'token-“quoted”', KEY: 'clé-secrète-1', AM: 'wachtwoord-é€' },
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.error.issues.map((issue) => [issue.path, issue.message.split(' holds ')[1]]),
      [
        [
          'sources[0].token',
          'a character outside printable ASCII (a curly quote or accent pasted from a document?), which cannot be sent in an HTTP header',
        ],
        [
          'sources[1].apiKey',
          'a character outside printable ASCII (a curly quote or accent pasted from a document?), which cannot be sent in an HTTP header',
        ],
      ],
    );
  });

  it('checks every secret key the same way', () => {
    const text = [
      'sources:',
      '  - { id: s, kind: statuscake, url: "https://a.b", token: { env: TOKEN } }',
      '  - { id: e, kind: elasticsearch, url: "https://e", apiKey: { env: KEY } }',
      '  - { id: a, kind: alertmanager, url: "https://a", username: u, password: { env: AM } }',
      '',
    ].join('\n');
    const result = parseConfigText(text, {
      fileName: 'c.yaml',
      env: { TOKEN: 'tok\n', KEY: 'key\r\n', AM: 'pw\n' },
    });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.error.issues.map((issue) => issue.path),
      ['sources[0].token', 'sources[1].apiKey', 'sources[2].password'],
    );
  });

  it('accepts what passwords and tokens hold: spaces inside, punctuation, non-ASCII letters', () => {
    for (const value of [
      'an application password',
      'p@ss:w0rd!"#$%&\'()*+,-./;<=>?[\\]^_`{|}~',
      'wachtwoord-é€',
    ]) {
      const result = parseConfigText(TEXT, {
        fileName: 'dijkwacht.yaml',
        env: { TOPDESK_APP_PASSWORD: value },
      });
      assert.ok(result.ok, result.ok ? '' : result.error.message);
    }
  });
});
