import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { err, ok } from '../result.ts';
import { parseConfigText } from '../config/parse-config.ts';
import type { KeychainReader } from '../config/resolve-secrets.ts';
import { checkSourceDraft } from './source-checks.ts';
import { emptySourceDraft, type FieldIssue, type SourceDraft } from './source-draft.ts';

const draft = (change: Partial<SourceDraft>): SourceDraft => ({
  ...emptySourceDraft(change.kind ?? 'topdesk'),
  id: 'topdesk',
  url: 'https://example.topdesk.net',
  username: 'dijkwacht-api',
  secrets: { password: 's3cr3t-TOPDESK-9f2' },
  ...change,
});

/**
 * What the config file's own check says about the same source, written into a file with its
 * secrets as `{ keychain: NAME }` and the typed values in the keychain: the form must say the
 * same, field by field.
 */
function configIssues(form: SourceDraft, others: readonly string[] = []): FieldIssue[] {
  const check = checkSourceDraft(form, { existingIds: [] });
  const entry = check.ok ? check.entry : entryOf(form);
  const typed = new Map(
    Object.entries(form.secrets).map(([key, value]) => [`${form.id || 'source'}.${key}`, value]),
  );
  const keychain: KeychainReader = {
    read: (name) => (typed.get(name) ? ok(typed.get(name) as string) : err(`no ${name}`)),
  };
  const sources = [
    ...others.map((id) => ({ id, kind: 'alertmanager', url: 'http://127.0.0.1:9093' })),
    entry,
  ];
  const parsed = parseConfigText(stringify({ sources }), { fileName: 'c.yaml', env: {}, keychain });
  if (parsed.ok) return [];
  const prefix = `sources[${others.length}]`;
  return parsed.error.issues
    .filter((issue) => issue.path.startsWith(prefix))
    .map((issue) => ({
      field: issue.path.slice(prefix.length + 1).split(/[.[]/)[0] || null,
      // The same check of the value; the file names where the secret is kept, the form
      // names the field it was typed in.
      message: issue.message.replace(
        /^the keychain secret [\w-]+\.(password|token|apiKey)\b/,
        'the $1',
      ),
    }));
}

/** The entry checkSourceDraft would build, for a draft it refuses (its issues tell the fields). */
function entryOf(form: SourceDraft): Record<string, unknown> {
  const entry: Record<string, unknown> = { id: form.id, kind: form.kind };
  for (const [key, value] of Object.entries(form))
    if (typeof value === 'string' && value !== '' && !['id', 'kind'].includes(key))
      entry[key] = value;
  if (form.allowHttp) entry.allowHttp = true;
  for (const [key, value] of Object.entries(form.secrets))
    if (value) entry[key] = { keychain: `${form.id || 'source'}.${key}` };
  if (form.kind !== 'topdesk') delete entry.resyncInterval;
  if (form.kind === 'statuscake') delete entry.username;
  return entry;
}

const issuesOf = (form: SourceDraft, existingIds: readonly string[] = []) => {
  const check = checkSourceDraft(form, { existingIds });
  return check.ok ? [] : [...check.issues];
};

describe('checkSourceDraft: the form checks a source exactly as the config file does', () => {
  const cases: [string, SourceDraft][] = [
    ['an interval in words', draft({ interval: '5 minutes' })],
    ['an interval out of range', draft({ interval: '2s' })],
    ['a timeout out of range', draft({ timeout: '10m' })],
    ['plain http to a host', draft({ url: 'http://topdesk.example.nl' })],
    ['a URL with credentials', draft({ url: 'https://user:pw@x.topdesk.net' })],
    ['not a URL', draft({ url: 'topdesk.example.nl' })],
    ['an id with capitals', draft({ id: 'TopDesk' })],
    ['a TOPdesk without user name', draft({ username: '' })],
    ['a short password', draft({ secrets: { password: 'short' } })],
    [
      'a password with a trailing newline',
      draft({ secrets: { password: 's3cr3t-TOPDESK-9f2\n' } }),
    ],
    [
      'a token with a curly quote',
      draft({
        kind: 'statuscake',
        id: 'sc',
        url: 'https://api.statuscake.com',
        secrets: { token: 'tok’en-123456' },
      }),
    ],
    [
      'an Elasticsearch with both apiKey and a user',
      draft({
        kind: 'elasticsearch',
        id: 'elk',
        url: 'https://elk.example.nl:9200',
        secrets: { apiKey: 'a2V5LWlkOmtleS12YWx1ZQ==', password: 'long-enough-pw' },
      }),
    ],
    [
      'an Alertmanager user without a password',
      draft({ kind: 'alertmanager', id: 'am', url: 'http://127.0.0.1:9093', secrets: {} }),
    ],
    ['a resync interval below a minute', draft({ resyncInterval: '30s' })],
  ];
  for (const [name, form] of cases) {
    it(`${name}: the same messages, on the same fields`, () => {
      const fromForm = issuesOf(form);
      assert.ok(fromForm.length > 0, 'the form refuses it');
      assert.deepEqual(sorted(fromForm), sorted(configIssues(form)));
    });
  }

  it('refuses an id the config already has, in the words of the config check', () => {
    const form = draft({ id: 'am' });
    assert.deepEqual(issuesOf(form, ['am']), [
      { field: 'id', message: 'expected a unique source id ("am" is used twice)' },
    ]);
    assert.deepEqual(configIssues(form, ['am']), [
      { field: 'id', message: 'expected a unique source id ("am" is used twice)' },
    ]);
  });

  it('says "missing" for a required secret left empty, and nothing of a config reference', () => {
    assert.deepEqual(issuesOf(draft({ secrets: {} })), [
      { field: 'password', message: 'expected the password or token (missing)' },
    ]);
  });

  it('accepts a complete source and hands back the config entry with its secrets as keychain names', () => {
    const check = checkSourceDraft(draft({ interval: '30s' }), { existingIds: ['statuscake'] });
    assert.ok(check.ok);
    assert.deepEqual(check.entry, {
      id: 'topdesk',
      kind: 'topdesk',
      url: 'https://example.topdesk.net',
      username: 'dijkwacht-api',
      password: { keychain: 'topdesk.password' },
      interval: '30s',
    });
    assert.deepEqual([...check.secrets], [['password', 's3cr3t-TOPDESK-9f2']]);
    assert.ok(!JSON.stringify(check.entry).includes('s3cr3t'));
  });

  it('leaves out what the kind does not take (a StatusCake has no user name)', () => {
    const check = checkSourceDraft(
      draft({
        kind: 'statuscake',
        id: 'sc',
        url: 'https://api.statuscake.com',
        username: 'x',
        secrets: { token: 'token-1234567' },
      }),
      { existingIds: [] },
    );
    assert.ok(check.ok);
    assert.equal('username' in check.entry, false);
  });
});

function sorted(issues: readonly FieldIssue[]): FieldIssue[] {
  return [...issues].sort((a, b) =>
    `${a.field}${a.message}`.localeCompare(`${b.field}${b.message}`),
  );
}
