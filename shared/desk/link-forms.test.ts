import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailtoHref, telHref } from '../contacts/contact-links.ts';
import { isPlausibleMailto, isPlausibleTel } from './link-forms.ts';

describe('isPlausibleTel', () => {
  for (const href of ['tel:112', 'tel:0612345678', 'tel:+31612345678'])
    it(`takes ${href}`, () => assert.equal(isPlausibleTel(href), true));

  for (const href of [
    'tel:12',
    'tel:+31 6 1234',
    'tel:0612345678;ext=1',
    'tel:0612345678;phone-context=evil.example',
    'TEL:0612345678',
    'tel:++316',
    `tel:${'1'.repeat(21)}`,
    'tel:06-12345678',
    'tel:0612345678\n',
  ])
    it(`refuses ${JSON.stringify(href)}`, () => assert.equal(isPlausibleTel(href), false));
});

describe('isPlausibleMailto', () => {
  for (const href of [
    'mailto:pat@minvws.nl',
    "mailto:o'brien@example.nl",
    'mailto:a.b+c@x.example.nl',
  ])
    it(`takes ${href}`, () => assert.equal(isPlausibleMailto(href), true));

  for (const href of [
    'mailto:pat',
    'mailto:pat@minvws.nl?subject=x',
    'mailto:a@b.nl,c@d.nl',
    'mailto:a@b.nl%0Abcc:c@d.nl',
    'mailto:a b@c.nl',
    'mailto:a@localhost',
    'mailto:a@b..nl',
    'mailto:<a@b.nl>',
    'mailto:javascript:alert(1)//@x.nl',
    `mailto:${'a'.repeat(65)}@b.nl`,
  ])
    it(`refuses ${JSON.stringify(href)}`, () => assert.equal(isPlausibleMailto(href), false));
});

describe('what the line card makes, main opens', () => {
  for (const phone of ['06-12345678', '+31 (0)6 1234 5678', '020/123.45.67', '112'])
    it(`tel: for ${phone}`, () => assert.equal(isPlausibleTel(telHref(phone) ?? ''), true));

  for (const email of ['pat.privacy@minvws.nl', "o'brien@example.nl"])
    it(`mailto: for ${email}`, () =>
      assert.equal(isPlausibleMailto(mailtoHref(email) ?? ''), true));
});
