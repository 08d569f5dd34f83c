import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, formatIssue, formatPath } from './config-issues.ts';

describe('formatPath', () => {
  const cases: [PropertyKey[], string][] = [
    [[], ''],
    [['title'], 'title'],
    [['sources', 1, 'interval'], 'sources[1].interval'],
    [
      ['domains', 'ggd-portal', 'rules', 0, 'priorities', 2],
      'domains.ggd-portal.rules[0].priorities[2]',
    ],
    [['priorities', 'a b'], 'priorities."a b"'],
    [[0, 'role'], '[0].role'],
  ];
  for (const [path, text] of cases)
    it(`${JSON.stringify(path)} → ${text}`, () => assert.equal(formatPath(path), text));
});

describe('ConfigError', () => {
  it('names the file on every line, with the path when there is one', () => {
    const error = new ConfigError('c.yaml', [
      { path: 'sources[0].url', message: 'expected an https:// URL' },
      { path: '', message: 'not valid YAML' },
    ]);
    assert.equal(error.name, 'ConfigError');
    assert.equal(
      error.message,
      'c.yaml: sources[0].url: expected an https:// URL\nc.yaml: not valid YAML',
    );
    assert.equal(formatIssue('f', { path: '', message: 'm' }), 'f: m');
    assert.ok(error instanceof Error);
  });
});
