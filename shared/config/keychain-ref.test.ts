import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { err, ok } from '../result.ts';
import { configJsonSchema } from './json-schema.ts';
import { parseConfigText } from './parse-config.ts';
import type { KeychainReader } from './resolve-secrets.ts';
import { SecretValue } from './secret.ts';
import { schemaErrors, type JsonSchema } from './testing/json-schema-check.ts';

const SECRET = 's3cr3t-TOPDESK-9f2';
const TOPDESK = (password: string) =>
  `sources:\n  - { id: topdesk, kind: topdesk, url: "https://x.topdesk.net", username: api, password: ${password} }\n`;

const keychain = (secrets: Record<string, string>): KeychainReader => ({
  read: (name) =>
    secrets[name] !== undefined ? ok(secrets[name]) : err(`no keychain secret ${name} (test)`),
});

function issuesOf(text: string, reader?: KeychainReader) {
  const result = parseConfigText(text, { fileName: 'dijkwacht.yaml', env: {}, keychain: reader });
  assert.ok(!result.ok, 'expected the config to be refused');
  return result.error;
}

describe('{ keychain: NAME }: a secret the app keeps in the OS keychain', () => {
  it('resolves from the app keychain to a SecretValue that says where it came from', () => {
    const result = parseConfigText(TOPDESK('{ keychain: topdesk.password }'), {
      fileName: 'dijkwacht.yaml',
      env: {},
      keychain: keychain({ 'topdesk.password': SECRET }),
    });
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    const source = result.value.sources[0];
    assert.ok(source?.kind === 'topdesk');
    assert.ok(source.password instanceof SecretValue);
    assert.equal(source.password.reveal(), SECRET);
    assert.equal(source.password.source, 'keychain topdesk.password');
    assert.ok(!JSON.stringify(result.value).includes(SECRET));
  });

  it('is refused by the command line (no keychain) in one line: file, place, path and what to do', () => {
    const error = issuesOf(TOPDESK('{ keychain: topdesk.password }'));
    assert.equal(
      error.message,
      'dijkwacht.yaml:2:90: sources[0].password: expected { env: NAME }: the secret "topdesk.password" is in the Dijkwacht app\'s OS keychain, which the command line cannot open (give the command line the secret in an environment variable and write { env: NAME } here)',
    );
  });

  it("passes on the keychain's own reason when the secret is missing there", () => {
    const error = issuesOf(TOPDESK('{ keychain: topdesk.password }'), keychain({}));
    assert.deepEqual(
      error.issues.map((issue) => `${issue.path}: ${issue.message}`),
      ['sources[0].password: no keychain secret topdesk.password (test)'],
    );
  });

  it('checks a keychain secret as it checks an environment variable, and names it', () => {
    const error = issuesOf(
      TOPDESK('{ keychain: topdesk.password }'),
      keychain({ 'topdesk.password': 'short' }),
    );
    assert.match(
      error.message,
      /sources\[0\]\.password: the keychain secret topdesk\.password holds fewer than 8 characters/,
    );
  });

  it('wants exactly one of env and keychain', () => {
    assert.deepEqual(
      issuesOf(TOPDESK('{}')).issues.map((issue) => issue.message),
      ['expected a secret reference: { env: NAME }, or { keychain: NAME } as the app writes it'],
    );
    assert.deepEqual(
      issuesOf(TOPDESK('{ env: P, keychain: topdesk.password }')).issues.map(
        (issue) => issue.message,
      ),
      ['expected either { env: NAME } or { keychain: NAME }, not both'],
    );
    assert.match(
      issuesOf(TOPDESK('{ keychain: "has space" }')).message,
      /sources\[0\]\.password\.keychain: expected the name of a secret the app keeps in the OS keychain/,
    );
  });

  it('keeps { env: NAME } exactly as before, in the app too', () => {
    const result = parseConfigText(TOPDESK('{ env: TOPDESK_APP_PASSWORD }'), {
      fileName: 'dijkwacht.yaml',
      env: { TOPDESK_APP_PASSWORD: SECRET },
      keychain: keychain({}),
    });
    assert.ok(result.ok);
    const source = result.value.sources[0];
    assert.ok(source?.kind === 'topdesk' && source.password.source === 'env TOPDESK_APP_PASSWORD');
  });

  it('is in the published JSON Schema: one of env or keychain, never both or neither', () => {
    const schema = configJsonSchema() as JsonSchema;
    assert.deepEqual(schemaErrors(schema, parse(TOPDESK('{ keychain: topdesk.password }'))), []);
    assert.deepEqual(schemaErrors(schema, parse(TOPDESK('{ env: P }'))), []);
    assert.notDeepEqual(
      schemaErrors(schema, parse(TOPDESK('{ env: P, keychain: topdesk.password }'))),
      [],
    );
    assert.notDeepEqual(schemaErrors(schema, parse(TOPDESK('{}'))), []);
  });
});
