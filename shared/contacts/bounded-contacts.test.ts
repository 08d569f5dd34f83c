import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { boundIssues, contactLimits, type ContactBounds } from './contact-limits.ts';
import { parseContacts } from './contacts.ts';

const bounds = contactLimits;

function imported(text: string, fileName: string, limits: ContactBounds = bounds) {
  return parseContacts(text, fileName, defaultPlaybook, { bounds: limits });
}

function errorOf(text: string, fileName: string, limits: ContactBounds = bounds): string {
  const result = imported(text, fileName, limits);
  assert.ok(!result.ok, 'expected the contacts to be refused');
  return result.error.message;
}

describe('parseContacts with the app’s bounds (an import)', () => {
  it('reads a file within them as the config file is read', () => {
    const csv =
      'role,name,phone,email,organisation\nprivacy-coordination,Pat,06-12345678,pat@example.nl,VWS\n';
    const result = imported(csv, 'contacts.csv');
    assert.ok(result.ok);
    assert.deepEqual(result.value, [
      {
        roleId: 'privacy-coordination',
        name: 'Pat',
        phone: '06-12345678',
        email: 'pat@example.nl',
        organisation: 'vws',
      },
    ]);
  });

  it('names the line and field of a value too long, never the value', () => {
    const long = 'x'.repeat(bounds.nameMax + 1);
    const message = errorOf(`role,name\ncio-director,Jan\ncio-director,${long}\n`, 'c.csv');
    assert.equal(message, `c.csv: line 3: name: expected at most ${bounds.nameMax} characters`);
    assert.ok(!message.includes(long));
  });

  it('bounds the phone, the address and the organisation too', () => {
    const phone = '0'.repeat(bounds.phoneMax + 1);
    const email = `${'a'.repeat(250)}@example.nl`;
    const organisation = 'o'.repeat(bounds.organisationMax + 1);
    assert.equal(
      errorOf(
        `- { role: cio-director, name: X, phone: "${phone}", email: ${email}, organisation: ${organisation} }\n`,
        'c.yaml',
      ),
      [
        `c.yaml: [0].phone: expected at most ${bounds.phoneMax} characters`,
        `c.yaml: [0].email: expected at most ${bounds.emailMax} characters`,
        `c.yaml: [0].organisation: expected at most ${bounds.organisationMax} characters`,
      ].join('\n'),
    );
  });

  it('refuses line breaks, control characters and bidirectional overrides in a name', () => {
    for (const name of ['"Jan\nJansen"', '"Jan\u0007"', '"Jan \u202eneppaK"']) {
      assert.equal(
        errorOf(`role,name\ncio-director,${name}\n`, 'c.csv'),
        'c.csv: line 2: name: expected text on one line, without control characters',
      );
    }
  });

  it('refuses a file with more contacts than the list holds, before reading its rows', () => {
    const small = { ...bounds, listMax: 2 };
    const csv = 'role,name\ncio-director,A\ncio-director,B\ncio-director,C\n';
    assert.equal(
      errorOf(csv, 'c.csv', small),
      'c.csv: expected at most 2 contacts (the file has 3)',
    );
  });

  it('keeps formula cells as text, unmarked, within the bounds', () => {
    const csv = `role,name\ncio-director,"=cmd|' /C calc'!A0"\ncio-director,"'=HYPERLINK(""x"")"\n`;
    const result = imported(csv, 'c.csv');
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((contact) => contact.name),
      ["=cmd|' /C calc'!A0", '=HYPERLINK("x")'],
    );
  });

  it('leaves the config file’s reading as it was: no bounds without the option', () => {
    const long = 'x'.repeat(bounds.nameMax + 50);
    const result = parseContacts(`role,name\ncio-director,${long}\n`, 'c.csv', defaultPlaybook);
    assert.ok(result.ok);
    assert.equal(result.value[0]?.name, long);
  });
});

describe('boundIssues', () => {
  it('finds nothing in a contact within the bounds, and an empty organisation is none', () => {
    assert.deepEqual(
      boundIssues({ name: 'Pat', phone: '06-12345678', email: '', organisation: undefined }),
      [],
    );
  });

  it('says "too long" before "control characters" for the same field, once', () => {
    assert.deepEqual(
      boundIssues({ name: `\n${'x'.repeat(200)}`, phone: '', email: '', organisation: '' }),
      [{ key: 'name', message: `expected at most ${bounds.nameMax} characters` }],
    );
  });
});
