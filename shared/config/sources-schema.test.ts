import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from './parse-config.ts';

/** The issues of a config with one StatusCake source at `url` (empty when it parses). */
function urlIssues(url: string, extra = ''): string[] {
  const text = `sources:\n  - { id: s, kind: statuscake, url: ${JSON.stringify(url)}, token: { env: TOKEN }${extra} }\n`;
  const result = parseConfigText(text, { fileName: 'c.yaml', env: { TOKEN: 'token-t0ken' } });
  return result.ok ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const HTTP_REFUSED =
  'sources[0].url: expected an https:// URL (plain http is only allowed for loopback, or with allowHttp: true)';

describe('source URLs', () => {
  const accepted = [
    'https://api.statuscake.com',
    'HTTPS://API.STATUSCAKE.COM/v1',
    'https://elk.example.nl:9200',
    'http://127.0.0.1:9093',
    'http://127.1.2.3',
    'http://localhost:8080/path',
    'http://LOCALHOST',
    'http://[::1]:9093',
  ];
  for (const url of accepted) it(`accepts ${url}`, () => assert.deepEqual(urlIssues(url), []));

  const refused: [string, string][] = [
    ['http://example.org', HTTP_REFUSED],
    ['http://localhost.evil.example', HTTP_REFUSED],
    ['http://127.0.0.1.nip.io', HTTP_REFUSED],
    ['http://10.0.0.1:9093', HTTP_REFUSED],
    ['http://[::ffff:7f00:1]', HTTP_REFUSED],
    ['ftp://example.org', 'sources[0].url: expected an https:// URL'],
    ['example.org', 'sources[0].url: expected an absolute URL such as https://host.example'],
    ['//example.org', 'sources[0].url: expected an absolute URL such as https://host.example'],
    [
      'https://user:pw@example.org',
      "sources[0].url: expected a URL without credentials (use the source's auth keys)",
    ],
  ];
  for (const [url, issue] of refused)
    it(`refuses ${url}`, () => assert.deepEqual(urlIssues(url), [issue]));

  it('allows plain http to a remote host only with allowHttp: true', () => {
    assert.deepEqual(urlIssues('http://example.org', ', allowHttp: true'), []);
    assert.deepEqual(urlIssues('http://example.org', ', allowHttp: false'), [HTTP_REFUSED]);
  });

  it('refuses credentials in a loopback URL too', () => {
    assert.deepEqual(urlIssues('http://u:p@127.0.0.1:9093'), [
      "sources[0].url: expected a URL without credentials (use the source's auth keys)",
    ]);
  });
});

describe('source auth keys', () => {
  const issuesOf = (source: string) => {
    const result = parseConfigText(`sources:\n  - ${source}\n`, {
      fileName: 'c.yaml',
      env: { A: 'secret-a-1', B: 'secret-b-2' },
    });
    return result.ok ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };
  const cases: [string, string, string[]][] = [
    [
      'elasticsearch with apiKey',
      '{ id: e, kind: elasticsearch, url: "https://e", apiKey: { env: A } }',
      [],
    ],
    [
      'elasticsearch with username and password',
      '{ id: e, kind: elasticsearch, url: "https://e", username: u, password: { env: A } }',
      [],
    ],
    [
      'elasticsearch with both',
      '{ id: e, kind: elasticsearch, url: "https://e", apiKey: { env: A }, username: u, password: { env: B } }',
      ['sources[0].apiKey: expected either apiKey or username and password, not both'],
    ],
    [
      'elasticsearch with a username alone',
      '{ id: e, kind: elasticsearch, url: "https://e", username: u }',
      ['sources[0].password: expected username and password together'],
    ],
    [
      'alertmanager with a password alone',
      '{ id: a, kind: alertmanager, url: "https://a", password: { env: A } }',
      ['sources[0].username: expected username and password together'],
    ],
    ['alertmanager without auth', '{ id: a, kind: alertmanager, url: "https://a" }', []],
  ];
  for (const [name, source, expected] of cases)
    it(name, () => assert.deepEqual(issuesOf(source), expected));
});
