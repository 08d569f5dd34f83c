import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invokeContract } from '../ipc/contract.ts';
import { boundedContactSchema, phoneNumberTextSchema } from './contact-book.ts';
import { contactLimits } from './contact-limits.ts';

const PAT = {
  roleId: 'privacy-coordination',
  name: 'Pat de Vries',
  phone: '+31 (0)6 1234 5678',
  email: 'pat@example.nl',
  organisation: 'vws',
};

describe('boundedContactSchema: a contact as the app keeps it', () => {
  it('takes a contact with or without phone, address and organisation', () => {
    assert.ok(boundedContactSchema.safeParse(PAT).success);
    const bare = { roleId: 'cio-director', name: 'Jan', phone: '', email: '' };
    assert.ok(boundedContactSchema.safeParse(bare).success);
  });

  const refused: [string, Record<string, unknown>][] = [
    ['an empty name', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(contactLimits.nameMax + 1) }],
    ['a name over two lines', { name: 'Pat\nde Vries' }],
    ['a name with a bidirectional override', { name: 'Pat \u202eseirV' }],
    ['letters in a phone number', { phone: '06-CALLME' }],
    ['a formula as a phone number', { phone: '=1+2' }],
    ['a phone number too long', { phone: '0'.repeat(contactLimits.phoneMax + 1) }],
    ['a phone number of two digits', { phone: '11' }],
    ['an address that is not one', { email: 'pat at example' }],
    ['an address with a header', { email: 'pat@example.nl?cc=boss@example.nl' }],
    ['an empty organisation', { organisation: ' ' }],
    ['an organisation too long', { organisation: 'o'.repeat(contactLimits.organisationMax + 1) }],
    ['an unknown key', { notes: 'x' }],
    ['no role', { roleId: '' }],
  ];
  for (const [what, change] of refused) {
    it(`refuses ${what}`, () => {
      assert.equal(boundedContactSchema.safeParse({ ...PAT, ...change }).success, false);
    });
  }
});

describe('the contacts channels of the IPC contract', () => {
  it('copies a phone number, and nothing else, to the clipboard', () => {
    const request = invokeContract['clipboard:write'].request;
    assert.ok(request.safeParse({ text: '06-12345678' }).success);
    for (const text of ['', 'rm -rf /', 'https://evil.example', '0'.repeat(41), '=HYPERLINK()'])
      assert.equal(request.safeParse({ text }).success, false, text);
    assert.equal(request.safeParse({ text: '06-12345678', more: 1 }).success, false);
    assert.ok(phoneNumberTextSchema.safeParse('+31 6 1234 5678').success);
  });

  it('saves a bounded contact by id, or a new one with id null', () => {
    const save = invokeContract['contacts:save'].request;
    assert.ok(save.safeParse({ id: null, contact: PAT }).success);
    assert.ok(save.safeParse({ id: 'c1', contact: PAT }).success);
    assert.equal(save.safeParse({ id: '../../etc', contact: PAT }).success, false);
    assert.equal(
      save.safeParse({ id: null, contact: { ...PAT, name: 'x'.repeat(500) } }).success,
      false,
    );
    assert.equal(
      invokeContract['contacts:remove'].request.safeParse({ id: 'x'.repeat(65) }).success,
      false,
    );
  });

  it('imports and reads the list with no payload at all', () => {
    assert.ok(invokeContract['contacts:import'].request.safeParse(undefined).success);
    assert.equal(
      invokeContract['contacts:import'].request.safeParse({ file: '/etc/passwd' }).success,
      false,
    );
    assert.equal(invokeContract['contacts:book'].request.safeParse({}).success, false);
  });
});
