import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { parseContacts, type Contact } from './contacts.ts';

function contactsOf(text: string, fileName: string): Contact[] {
  const result = parseContacts(text, fileName, defaultPlaybook);
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

function errorOf(text: string, fileName: string): string {
  const result = parseContacts(text, fileName, defaultPlaybook);
  assert.ok(!result.ok, 'expected the contacts to be refused');
  return result.error.message;
}

const ROLE_HINT =
  'expected a role of the playbook (an id such as privacy-coordination, or its Dutch or English title)';

describe('parseContacts: CSV', () => {
  it('reads the four columns, with quotes, commas and line breaks inside fields', () => {
    const csv =
      'role,name,phone,email\nprivacy-coordination,"de Vries, Jan",+31 6 1234 5678,jan@example.nl\nsecurity-coordination,"Piet ""PJ""\nJansen",,\n';
    assert.deepEqual(contactsOf(csv, 'contacts.csv'), [
      {
        roleId: 'privacy-coordination',
        name: 'de Vries, Jan',
        phone: '+31 6 1234 5678',
        email: 'jan@example.nl',
      },
      { roleId: 'security-coordination', name: 'Piet "PJ"\nJansen', phone: '', email: '' },
    ]);
  });

  it('reads a Dutch spreadsheet export: BOM, semicolons, CRLF, an E-mail header, a blank last row', () => {
    const csv =
      '\uFEFFRole;Name;Phone;E-mail\r\nPrivacy – coördinatie;Jan;06-12345678;jan@example.nl\r\n;;;\r\n';
    assert.deepEqual(contactsOf(csv, 'CONTACTS.CSV'), [
      {
        roleId: 'privacy-coordination',
        name: 'Jan',
        phone: '06-12345678',
        email: 'jan@example.nl',
      },
    ]);
  });

  it('reads a header with only role and name', () => {
    assert.deepEqual(contactsOf('name,role\nJan,cio-director\n', 'c.csv'), [
      { roleId: 'cio-director', name: 'Jan', phone: '', email: '' },
    ]);
  });

  describe('matches a role by id, Dutch title or English title', () => {
    const cases: [string, string][] = [
      ['privacy-coordination', 'privacy-coordination'],
      ['Privacy – coördinatie', 'privacy-coordination'],
      ['privacy - coördinatie', 'privacy-coordination'],
      ['Privacy — Coördinatie', 'privacy-coordination'],
      ['Privacy – coordination', 'privacy-coordination'],
      ['  CIO Office – plv CIO ', 'cio-deputy'],
      ['Build team – GGD portal', 'build-ggd-portal'],
      ['Bouwteam', 'build-team'],
      ['KPN – infrastructure / coordination', 'kpn-infra'],
    ];
    for (const [role, roleId] of cases) {
      it(`"${role}" → ${roleId}`, () =>
        assert.equal(contactsOf(`role,name\n"${role}",X\n`, 'c.csv')[0]?.roleId, roleId));
    }
  });

  it('names the line of an unknown role, counting quoted line breaks and blank lines', () => {
    const csv = 'role,name\nprivacy-coordination,"Jan\nde Vries"\n\nno-such-role,Piet\n';
    assert.equal(errorOf(csv, 'team.csv'), `team.csv: line 5: role: ${ROLE_HINT}`);
  });

  it('reports every bad row with its line', () => {
    const csv =
      'role,name,phone,email\ncio-director,,,\ncio-deputy,Piet,,not-an-address\nmanager,Klaas,,\n';
    assert.equal(
      errorOf(csv, 'team.csv'),
      [
        'team.csv: line 2: name: expected a name',
        'team.csv: line 3: email: expected an e-mail address',
        `team.csv: line 4: role: ${ROLE_HINT}`,
      ].join('\n'),
    );
  });

  it('refuses a header without role and name', () => {
    assert.equal(
      errorOf('naam,rol\nJan,cio-director\n', 'c.csv'),
      'c.csv: line 1: expected a header with the columns role, name, phone, email, organisation',
    );
  });

  it('refuses an unknown column, naming it', () => {
    assert.equal(
      errorOf('role,name,notes\ncio-director,Jan,x\n', 'c.csv'),
      'c.csv: line 2: notes: unknown key (check its spelling and indentation)',
    );
  });

  it('refuses an unclosed quote with its line', () => {
    assert.equal(
      errorOf('role,name\ncio-director,"Jan\n', 'c.csv'),
      'c.csv: the quoted field that starts on line 2 is not closed',
    );
  });
});

describe('parseContacts: YAML', () => {
  const expected: Contact[] = [
    { roleId: 'privacy-coordination', name: 'Jan', phone: '06-12345678', email: 'jan@example.nl' },
    { roleId: 'cio-director', name: 'Piet', phone: '', email: '' },
  ];

  it('reads a plain list', () => {
    const yaml =
      '- { role: privacy-coordination, name: Jan, phone: "06-12345678", email: jan@example.nl }\n- { role: CIO Office – Directeur, name: Piet }\n';
    assert.deepEqual(contactsOf(yaml, 'contacts.yaml'), expected);
  });

  it('reads the { contacts: [...] } form', () => {
    const yaml =
      'contacts:\n  - role: Privacy – coordination\n    name: Jan\n    phone: "06-12345678"\n    email: jan@example.nl\n  - { role: cio-director, name: Piet }\n';
    assert.deepEqual(contactsOf(yaml, 'contacts.yml'), expected);
  });

  it('names the list position of a bad entry, inside contacts: when it is there', () => {
    assert.equal(
      errorOf('- { role: nobody, name: X }\n', 'c.yaml'),
      `c.yaml: [0].role: ${ROLE_HINT}`,
    );
    assert.equal(
      errorOf(
        'contacts:\n  - { role: cio-director, name: X }\n  - { role: nobody, name: Y }\n',
        'c.yaml',
      ),
      `c.yaml: contacts[1].role: ${ROLE_HINT}`,
    );
  });

  it('tells a number from text, and a missing key from a wrong one', () => {
    assert.equal(
      errorOf(
        '- { role: cio-director, name: X, phone: 0612345678 }\n- { role: cio-director }\n- just a name\n',
        'c.yaml',
      ),
      [
        'c.yaml: [0].phone: expected a phone number as text',
        'c.yaml: [1].name: expected a name (missing)',
        'c.yaml: [2]: expected object, received string',
      ].join('\n'),
    );
  });

  it('refuses a document that is not a list', () => {
    assert.equal(
      errorOf('role: cio-director\n', 'c.yaml'),
      'c.yaml: expected a list of contacts (role, name, phone, email, organisation)',
    );
    assert.equal(
      errorOf('- [unclosed\n', 'c.yaml'),
      'c.yaml: not valid YAML at line 2, column 1: bad indent',
    );
  });
});

describe('parseContacts: cells a spreadsheet would run as formulas', () => {
  const FORMULAS = ['=HYPERLINK("https://evil.example","klik")', '+SUM(A1)', '-2+3', '@cmd'];

  for (const name of FORMULAS) {
    it(`stores the name ${name} as the text it is`, () => {
      const csv = `role,name\ncio-director,${JSON.stringify(name).replaceAll('\\"', '""')}\n`;
      assert.equal(contactsOf(csv, 'c.csv')[0]?.name, name);
    });
  }

  it("drops the ' a spreadsheet (or formatContactsCsv) puts before such a cell", () => {
    const csv = `role,name,phone\ncio-director,"'=1+1",'+31 6 1234 5678\ncio-deputy,''t Hooft,\ncio-director,'t Hart,\n`;
    assert.deepEqual(
      contactsOf(csv, 'c.csv').map((contact) => [contact.name, contact.phone]),
      [
        ['=1+1', '+31 6 1234 5678'],
        ["'t Hooft", ''],
        ["'t Hart", ''],
      ],
    );
  });

  it('keeps a YAML value as written: only CSV cells carry the spreadsheet escape', () => {
    assert.equal(
      contactsOf(`- { role: cio-director, name: "'=1+1" }\n`, 'c.yaml')[0]?.name,
      "'=1+1",
    );
  });
});

describe('parseContacts: phone numbers', () => {
  const PHONE_HINT =
    'expected a phone number (digits, spaces, +, -, /, . and parentheses; at least 3 digits)';
  const accepted = [
    '06-12345678',
    '0612345678',
    '+31 6 1234 5678',
    '+31 (0)6 1234 5678',
    '020 - 123 45 67',
    '020/1234567',
    '020.123.4567',
    '112',
    '',
  ];
  for (const phone of accepted) {
    it(`accepts ${JSON.stringify(phone)}`, () =>
      assert.equal(
        contactsOf(`role,name,phone\ncio-director,Jan,${phone}\n`, 'c.csv')[0]?.phone,
        phone,
      ));
  }

  const refused = ['12', 'bel Jan', '06-1234x5678', '=1+2', '+31 6 1234 5678 (na 17u)', '06 12;34'];
  for (const phone of refused) {
    it(`refuses ${JSON.stringify(phone)}, naming the line and never the value`, () => {
      const csv = `role,name,phone\ncio-director,Jan,06-12345678\ncio-deputy,Piet,"${phone}"\n`;
      const message = errorOf(csv, 'contacts.csv');
      assert.equal(message, `contacts.csv: line 3: phone: ${PHONE_HINT}`);
    });
  }

  it('checks YAML phone numbers the same way', () => {
    assert.equal(
      errorOf('- { role: cio-director, name: Jan, phone: "bel me" }\n', 'c.yaml'),
      `c.yaml: [0].phone: ${PHONE_HINT}`,
    );
  });
});

describe('parseContacts: hostile or mistaken files', () => {
  const ALIAS_BOMB = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefg'
      .split('')
      .map(
        (name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(',')}]`,
      ),
    'contacts: []',
    '',
  ].join('\n');

  it('refuses an alias bomb as a contacts error, not a crash', () => {
    assert.equal(
      errorOf(ALIAS_BOMB, 'team.yaml'),
      'team.yaml: not valid YAML: its aliases (*name) expand to more than 100 copies, the limit that stops an alias bomb',
    );
  });

  it('refuses an alias without its anchor as a contacts error, not a crash', () => {
    assert.equal(
      errorOf('- { role: cio-director, name: *who }\n', 'team.yaml'),
      'team.yaml: not valid YAML: an alias (*name) refers to no anchor (&name) before it',
    );
  });

  for (const fileName of ['team.csv', 'team.yaml']) {
    it(`refuses a ${fileName.split('.')[1]} file over 1 MB before parsing it`, () => {
      const text = `role,name\n${'cio-director,Jan\n'.repeat(70_000)}`;
      assert.equal(errorOf(text, fileName), `${fileName}: the file is larger than the 1 MB limit`);
    });
  }
});

describe('parseContacts: organisations', () => {
  it('reads an organisation column, by id or name, stored as the id', () => {
    const csv =
      'role,name,organisation\nkpn-infra,Kees,KPN\ncibg-project,Cor,cibg\npolitical,Bea,Ministerie van BZK\n';
    assert.deepEqual(
      contactsOf(csv, 'c.csv').map((contact) => contact.organisation),
      ['kpn', 'cibg', 'bzk'],
    );
  });

  it('matches the name case-insensitively, with any dash and spacing', () => {
    const csv =
      'role,name,organisation\ncomms-website-hosting,Fem,"  freedom   INTERNET "\nbuild-team,Ad,Hogeschool-Windesheim\n';
    assert.deepEqual(
      contactsOf(csv, 'c.csv').map((contact) => contact.organisation),
      ['freedom-internet', 'windesheim'],
    );
  });

  it('keeps an organisation the playbook does not know as the text written', () =>
    assert.equal(
      contactsOf('role,name,organisation\ncio-director,Jan,GGD Hollands Noorden\n', 'c.csv')[0]
        ?.organisation,
      'GGD Hollands Noorden',
    ));

  it('takes the Dutch header organisatie as well', () =>
    assert.equal(
      contactsOf('Role;Name;Organisatie\nkpn-infra;Kees;KPN\n', 'c.csv')[0]?.organisation,
      'kpn',
    ));

  it('leaves the organisation out when the cell is empty or the column absent', () => {
    const csv = 'role,name,organisation\nkpn-infra,Kees,\n';
    assert.deepEqual(contactsOf(csv, 'c.csv'), [
      { roleId: 'kpn-infra', name: 'Kees', phone: '', email: '' },
    ]);
    assert.equal(
      'organisation' in (contactsOf('role,name\nkpn-infra,Kees\n', 'c.csv')[0] ?? {}),
      false,
    );
  });

  it('reads the YAML key organisation the same way', () =>
    assert.deepEqual(
      contactsOf(
        '- { role: cibg-operations, name: Ria, organisation: CIBG }\n- { role: cio-director, name: Jan, organisation: Rijksoverheid }\n',
        'c.yaml',
      ).map((contact) => contact.organisation),
      ['cibg', 'Rijksoverheid'],
    ));

  it('refuses a YAML organisation that is not text', () =>
    assert.equal(
      errorOf('- { role: cio-director, name: Jan, organisation: 12 }\n', 'c.yaml'),
      'c.yaml: [0].organisation: expected an organisation as text',
    ));

  it('refuses the YAML key in Dutch: YAML keys are the English ones', () =>
    assert.equal(
      errorOf('- { role: cio-director, name: Jan, organisatie: VWS }\n', 'c.yaml'),
      'c.yaml: [0].organisatie: unknown key (check its spelling and indentation)',
    ));
});
