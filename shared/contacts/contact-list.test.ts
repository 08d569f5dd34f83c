import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../playbook/playbook.ts';
import type { ContactEntry } from './contact-book.ts';
import { contactLimits } from './contact-limits.ts';
import { normaliseContact, withContact, withoutContact } from './contact-list.ts';
import type { Contact } from './contacts.ts';

const JAN: Contact = { roleId: 'cio-director', name: 'Jan', phone: '', email: '' };
const PAT: Contact = { roleId: 'privacy-coordination', name: 'Pat', phone: '06-1', email: '' };

function ids() {
  let next = 0;
  return () => `n${++next}`;
}

describe('normaliseContact', () => {
  it('trims, and stores a known organisation by its id and another as written', () => {
    const result = normaliseContact(
      { ...JAN, name: '  Jan  ', phone: ' 06 ', organisation: ' Ministerie van VWS ' },
      defaultPlaybook,
    );
    assert.deepEqual(result, {
      ok: true,
      value: { ...JAN, name: 'Jan', phone: '06', organisation: 'vws' },
    });
    const other = normaliseContact({ ...JAN, organisation: 'Gemeente Zwolle' }, defaultPlaybook);
    assert.equal(other.ok && other.value.organisation, 'Gemeente Zwolle');
  });

  it('drops an empty organisation', () => {
    const result = normaliseContact({ ...JAN, organisation: '  ' }, defaultPlaybook);
    assert.ok(result.ok);
    assert.equal('organisation' in result.value, false);
  });

  it('refuses a role the playbook does not have', () => {
    const result = normaliseContact({ ...JAN, roleId: 'chief-of-everything' }, defaultPlaybook);
    assert.deepEqual(result, {
      ok: false,
      error: 'Geen rol van het draaiboek / Not a role of the playbook',
    });
  });
});

describe('withContact and withoutContact', () => {
  const entries: ContactEntry[] = [
    { id: 'a', contact: JAN },
    { id: 'b', contact: PAT },
  ];

  it('adds at the end with a new id, and replaces in place by id', () => {
    const added = withContact(entries, null, { ...JAN, name: 'Kim' }, ids());
    assert.deepEqual(added.ok && added.value.map((entry) => entry.id), ['a', 'b', 'n1']);
    const replaced = withContact(entries, 'a', { ...JAN, name: 'Johan' }, ids());
    assert.deepEqual(replaced.ok && replaced.value.map((entry) => entry.contact.name), [
      'Johan',
      'Pat',
    ]);
    assert.equal(entries[0]?.contact.name, 'Jan', 'the list given is not changed');
  });

  it('refuses an id no longer in the list, and a full list', () => {
    assert.equal(withContact(entries, 'gone', JAN, ids()).ok, false);
    assert.equal(withoutContact(entries, 'gone').ok, false);
    const full = Array.from({ length: contactLimits.listMax }, (_, index) => ({
      id: `f${index}`,
      contact: JAN,
    }));
    assert.equal(withContact(full, null, JAN, ids()).ok, false);
    assert.equal(withContact(full, 'f3', PAT, ids()).ok, true, 'editing a full list still works');
  });

  it('removes by id', () => {
    const result = withoutContact(entries, 'a');
    assert.deepEqual(result.ok && result.value, [{ id: 'b', contact: PAT }]);
  });
});
