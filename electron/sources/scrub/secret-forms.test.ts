import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headerSecretForms, secretForms } from './secret-forms.ts';

describe('secretForms', () => {
  const secret = 'päss word+/=%&<';
  const forms = secretForms(secret, 'api-user');

  it('covers the spellings a server could echo', () => {
    for (const expected of [
      secret,
      encodeURIComponent(secret),
      new URLSearchParams([['', secret]]).toString().slice(1),
      Buffer.from(secret).toString('base64'),
      Buffer.from(secret).toString('base64url'),
      Buffer.from(`api-user:${secret}`).toString('base64'),
      JSON.stringify(secret).slice(1, -1),
      'p\\u00e4ss word+/=%&<',
      'päss word+/=%&amp;&lt;',
    ]) {
      assert.ok(forms.includes(expected), `missing ${expected}`);
    }
  });

  it('lower-case percent escapes too', () => {
    assert.ok(forms.includes('p%c3%a4ss%20word%2b%2f%3d%25%26%3c'));
  });

  it("covers what a base64 API key decodes to, and the key after 'id:'", () => {
    const apiKey = Buffer.from('VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw').toString('base64');
    const keyForms = secretForms(apiKey);
    assert.ok(keyForms.includes('VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw'));
    assert.ok(keyForms.includes('ui2lp2axTNmsyakw9tvNnw'));
  });

  it('has no empty form', () => {
    assert.ok(!forms.includes(''));
  });
});

describe('headerSecretForms', () => {
  it('takes a Basic header apart, down to a short password', () => {
    const header = `Basic ${Buffer.from('me:pw').toString('base64')}`;
    const forms = headerSecretForms(header);
    for (const expected of [header, header.slice(6), 'me:pw', 'pw']) {
      assert.ok(forms.includes(expected), `missing ${expected}`);
    }
  });

  it('takes the token out of a Bearer or ApiKey header', () => {
    assert.ok(headerSecretForms('Bearer abc.def-ghi').includes('abc.def-ghi'));
    assert.ok(headerSecretForms('ApiKey a2V5OnNlY3JldA==').includes('a2V5OnNlY3JldA=='));
  });

  it('has nothing to scrub when no header was sent', () => {
    assert.deepEqual(headerSecretForms(''), []);
  });
});
