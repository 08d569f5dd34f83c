import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPlausibleMailto, isPlausibleTel } from '../desk/link-forms.ts';
import { mailtoHref, telHref } from './contact-links.ts';

describe('telHref', () => {
  const cases: [string, string | null][] = [
    ['06-12345678', 'tel:0612345678'],
    ['020 / 123.45.67', 'tel:0201234567'],
    ['+31 6 1234 5678', 'tel:+31612345678'],
    // Abroad, the Dutch trunk prefix "(0)" is left out.
    ['+31 (0)6 1234 5678', 'tel:+31612345678'],
    ['(020) 123 4567', 'tel:0201234567'],
    ['112', 'tel:112'],
    ['', null],
    ['12', null],
    ['1'.repeat(21), null],
  ];
  for (const [phone, href] of cases) {
    it(`${JSON.stringify(phone)} → ${String(href)}`, () => assert.equal(telHref(phone), href));
  }

  it('makes only links main’s allow-list opens', () => {
    for (const [phone] of cases) {
      const href = telHref(phone);
      if (href) assert.ok(isPlausibleTel(href), href);
    }
  });
});

describe('mailtoHref', () => {
  it('links one plain address', () => {
    assert.equal(mailtoHref('pat@example.nl'), 'mailto:pat@example.nl');
    assert.equal(
      mailtoHref(" o'brien+desk@sub.example.co.uk "),
      "mailto:o'brien+desk@sub.example.co.uk",
    );
    assert.ok(isPlausibleMailto(mailtoHref('pat@example.nl') ?? ''));
  });

  for (const email of [
    '',
    'pat',
    'pat@example.nl?cc=boss@example.nl',
    'pat@example.nl&body=x',
    'pat@example.nl,boss@example.nl',
    'pat@@example.nl',
    'pat..x@example.nl',
    'javascript:alert(1)//@example.nl',
    'pat@localhost',
  ]) {
    it(`gives no link for ${JSON.stringify(email)}`, () => assert.equal(mailtoHref(email), null));
  }
});
