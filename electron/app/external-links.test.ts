import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Config } from '../../shared/config/parse-config.ts';
import { config } from '../../shared/rules/testing/rule-fixtures.ts';
import {
  checkExternalLink,
  createLinkOpener,
  linkForLog,
  linkPolicyFor,
  MAX_OPENED_LINK_LENGTH,
  type LinkPolicy,
} from './external-links.ts';

const TICKET =
  'https://topdesk.example/tas/secure/incident?action=lookup&lookup=naam&lookupValue=I%202611%20042';

/** The sources of a config with one TOPdesk at `url` (parsed as the app parses a config). */
function topdesk(url: string): Config['sources'] {
  return config(`sources:
  - { id: topdesk, kind: topdesk, url: "${url}", username: u, password: { env: S } }
`).sources;
}

const POLICY: LinkPolicy = linkPolicyFor(topdesk('https://topdesk.example/tas/'));

describe('checkExternalLink: what is opened', () => {
  const allowed: [string, string, string][] = [
    ['a ticket on the configured host', TICKET, TICKET],
    [
      'the host in capitals, opened as the parser writes it',
      'HTTPS://TOPDESK.EXAMPLE/tas/',
      'https://topdesk.example/tas/',
    ],
    [
      'the default port written out',
      'https://topdesk.example:443/tas/',
      'https://topdesk.example/tas/',
    ],
    // IDNA maps full-width letters to ASCII: the very same host, opened in its ASCII form.
    [
      'the host in full-width letters',
      'https://\uff54opdesk.example/tas/',
      'https://topdesk.example/tas/',
    ],
    ['a plausible phone number', 'tel:+31612345678', 'tel:+31612345678'],
    ['a plain e-mail address', 'mailto:pat@minvws.nl', 'mailto:pat@minvws.nl'],
  ];
  for (const [name, url, href] of allowed)
    it(name, () => assert.deepEqual(checkExternalLink(url, POLICY), { ok: true, href }));
});

describe('checkExternalLink: hostile and foreign links', () => {
  const refusedLinks: [string, string, string][] = [
    ['another host', 'https://evil.example/tas/', 'host'],
    ['a subdomain of another host', 'https://topdesk.example.evil.example/', 'host'],
    ['a host that ends like it', 'https://eviltopdesk.example/', 'host'],
    ['a subdomain of the host', 'https://x.topdesk.example/', 'host'],
    ['another port', 'https://topdesk.example:8443/tas/', 'host'],
    ['a trailing dot', 'https://topdesk.example./tas/', 'host'],
    ['an IDN look-alike (Cyrillic о)', 'https://t\u043epdesk.example/tas/', 'host'],
    ['an IDN look-alike in punycode', 'https://xn--tpdesk-6ve.example/', 'host'],
    ['userinfo before the host', 'https://topdesk.example@evil.example/', 'userinfo'],
    ['userinfo with a password', 'https://user:pw@topdesk.example/', 'userinfo'],
    [
      'an encoded @ in userinfo',
      'https://topdesk.example%40evil.example@evil.example/',
      'userinfo',
    ],
    ['plain http to the host', 'http://topdesk.example/tas/', 'scheme'],
    ['plain http to another host', 'http://evil.example/', 'scheme'],
    ['http to loopback when TOPdesk is not there', 'http://127.0.0.1:9000/', 'scheme'],
    ['javascript:', 'javascript:alert(1)', 'scheme'],
    ['javascript: in capitals', 'JavaScript:alert(document.domain)', 'scheme'],
    ['file:', 'file:///etc/passwd', 'scheme'],
    ['a Windows share', 'file://evil.example/share/x.exe', 'scheme'],
    ['smb:', 'smb://evil.example/share', 'scheme'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'scheme'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic', 'malformed'],
    ['a custom scheme without spaces', 'vscode://file/etc/passwd', 'scheme'],
    ['a relative link', '/tas/secure/incident', 'malformed'],
    ['nothing', '', 'malformed'],
    ['a backslash host trick', 'https://evil.example\\@topdesk.example/', 'malformed'],
    ['a newline inside', 'https://topdesk.example/\nx', 'malformed'],
    ['a tab in the scheme', 'java\tscript:alert(1)', 'malformed'],
    ['a NUL', 'https://topdesk.example/\u0000', 'malformed'],
    ['leading spaces', '  https://topdesk.example/', 'malformed'],
    [
      'an overlong link',
      `https://topdesk.example/${'a'.repeat(MAX_OPENED_LINK_LENGTH)}`,
      'too-long',
    ],
    ['a tel: with letters', 'tel:+31 6 CALL ME', 'malformed'],
    ['a tel: with a parameter', 'tel:0612345678;phone-context=evil', 'not-plausible'],
    ['a tel: too short', 'tel:12', 'not-plausible'],
    ['a mailto: with a body', 'mailto:pat@minvws.nl?body=hi', 'not-plausible'],
    ['a mailto: with two recipients', 'mailto:a@b.nl,c@d.nl', 'not-plausible'],
  ];
  for (const [name, url, reason] of refusedLinks)
    it(`refuses ${name}`, () =>
      assert.deepEqual(checkExternalLink(url, POLICY), { ok: false, reason }));

  it('refuses every https link when no TOPdesk is configured', () =>
    assert.deepEqual(checkExternalLink(TICKET, linkPolicyFor([])), { ok: false, reason: 'host' }));
});

describe('linkPolicyFor', () => {
  it('allows a TOPdesk on plain http only on loopback (the demo)', () => {
    const demo = linkPolicyFor(topdesk('http://127.0.0.1:41234'));
    assert.deepEqual(checkExternalLink('http://127.0.0.1:41234/tas/secure/incident', demo), {
      ok: true,
      href: 'http://127.0.0.1:41234/tas/secure/incident',
    });
    assert.equal(checkExternalLink('http://127.0.0.1:41235/', demo).ok, false);
    assert.equal(checkExternalLink('https://127.0.0.1:41234/', demo).ok, false);
    const careless = linkPolicyFor(
      config(`sources:
  - { id: td, kind: topdesk, url: "http://topdesk.intern.example", allowHttp: true, username: u, password: { env: S } }
`).sources,
    );
    assert.deepEqual(careless.origins, []);
  });

  it('takes only TOPdesk sources', () => {
    const others = config(`sources:
  - { id: sc, kind: statuscake, url: "https://topdesk.example", token: { env: S } }
`).sources;
    assert.deepEqual(linkPolicyFor(others).origins, []);
  });
});

describe('createLinkOpener', () => {
  function setUp(failWith?: Error) {
    const opened: string[] = [];
    const logs: string[] = [];
    const open = createLinkOpener({
      policy: POLICY,
      openExternal: async (href) => {
        if (failWith) throw failWith;
        opened.push(href);
      },
      log: (line) => logs.push(line),
    });
    return { open, opened, logs };
  }

  it('opens an allowed link as the parser wrote it, and logs nothing', async () => {
    const { open, opened, logs } = setUp();
    assert.deepEqual(await open('HTTPS://TOPDESK.EXAMPLE/tas/'), { status: 'opened' });
    assert.deepEqual(opened, ['https://topdesk.example/tas/']);
    assert.deepEqual(logs, []);
  });

  it('refuses a foreign link, opens nothing and logs why, without path or query', async () => {
    const { open, opened, logs } = setUp();
    assert.deepEqual(await open('https://evil.example/steal?token=abc'), {
      status: 'refused',
      reason: 'host',
    });
    assert.deepEqual(opened, []);
    assert.deepEqual(logs, ['Dijkwacht: refused to open a link (host): https://evil.example']);
  });

  it('says "failed" when the system cannot open an allowed link', async () => {
    const { open, logs } = setUp(new Error('no handler for tel:'));
    assert.deepEqual(await open('tel:0612345678'), { status: 'refused', reason: 'failed' });
    assert.deepEqual(logs, ['Dijkwacht: could not open tel:: no handler for tel:']);
  });
});

describe('linkForLog', () => {
  it('keeps scheme and host only, never a number, an address or a query', () => {
    assert.equal(linkForLog('tel:+31612345678'), 'tel:');
    assert.equal(linkForLog('mailto:pat@minvws.nl'), 'mailto:');
    assert.equal(linkForLog('https://user:pw@evil.example/x?y=1'), 'https://evil.example');
    assert.equal(linkForLog('javascript:alert(1)'), 'javascript:');
    assert.equal(linkForLog('not a url'), '(not a usable URL)');
  });
});
