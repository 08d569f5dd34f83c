import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { parseContacts, type Contact } from './contacts.ts';
import { formatContactsCsv } from './format-contacts.ts';

describe('formatContactsCsv', () => {
  it('writes RFC 4180 CSV: a header, CRLF line ends, quotes only where a field needs them', () => {
    const contacts: Contact[] = [
      {
        roleId: 'privacy-coordination',
        name: 'de Vries, Jan',
        phone: '06-12345678',
        email: 'jan@example.nl',
      },
      { roleId: 'cio-director', name: 'Piet "PJ"\nJansen', phone: '', email: '' },
    ];
    assert.equal(
      formatContactsCsv(contacts),
      'role,name,phone,email\r\nprivacy-coordination,"de Vries, Jan",06-12345678,jan@example.nl\r\ncio-director,"Piet ""PJ""\nJansen",,\r\n',
    );
  });

  it("puts a ' before every cell a spreadsheet would run as a formula (=, +, -, @) or before a '", () => {
    const contacts: Contact[] = [
      {
        roleId: 'cio-director',
        name: '=HYPERLINK("https://evil.example")',
        phone: '+31 6 1234 5678',
        email: '',
      },
      { roleId: 'cio-deputy', name: '@cmd', phone: '-112', email: '' },
      { roleId: 'build-team', name: "'t Hooft", phone: '112', email: '' },
    ];
    assert.equal(
      formatContactsCsv(contacts),
      [
        'role,name,phone,email',
        `cio-director,"'=HYPERLINK(""https://evil.example"")",'+31 6 1234 5678,`,
        "cio-deputy,'@cmd,'-112,",
        "build-team,''t Hooft,112,",
        '',
      ].join('\r\n'),
    );
  });

  it('adds the organisation column only when a contact has an organisation', () => {
    const contacts: Contact[] = [
      { roleId: 'kpn-infra', name: 'Kees', phone: '', email: '', organisation: 'kpn' },
      { roleId: 'cio-director', name: 'Jan', phone: '', email: '' },
      { roleId: 'political', name: 'Bea', phone: '', email: '', organisation: '@Den Haag, BZK' },
    ];
    assert.equal(
      formatContactsCsv(contacts),
      [
        'role,name,phone,email,organisation',
        'kpn-infra,Kees,,,kpn',
        'cio-director,Jan,,,',
        `political,Bea,,,"'@Den Haag, BZK"`,
        '',
      ].join('\r\n'),
    );
  });

  it('reads back as the same contacts, whatever they hold', () => {
    const text = fc
      .string({
        unit: fc.constantFrom(...'aZé €=+-@\'",;\n\r\t'.split('')),
        minLength: 1,
        maxLength: 12,
      })
      .map((value) => value.trim())
      .filter((value) => value !== '');
    const contact = fc
      .record(
        {
          roleId: fc.constantFrom(...defaultPlaybook.roles.map((role) => role.id)),
          name: text,
          phone: fc.constantFrom(
            '',
            '112',
            '06-12345678',
            '+31 6 1234 5678',
            '-112',
            '(020) 123 4567',
          ),
          email: fc.constantFrom('', 'jan@example.nl', 'p.de-vries@gemeente.example'),
          organisation: fc.constantFrom('kpn', 'freedom-internet', 'GGD "Noord", afd. IT', '=cmd'),
        },
        { requiredKeys: ['roleId', 'name', 'phone', 'email'] },
      )
      // fast-check's records have no prototype; parsed contacts are plain objects.
      .map((generated): Contact => ({ ...generated }));
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 6 }), (contacts) => {
        const parsed = parseContacts(formatContactsCsv(contacts), 'c.csv', defaultPlaybook);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
        assert.deepEqual(parsed.value, contacts);
      }),
    );
  });
});
