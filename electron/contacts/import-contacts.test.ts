import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { readContactsFile } from './import-contacts.ts';
import { SAMPLE_CONTACTS_CSV } from './testing/sample-contacts.ts';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function fileWith(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-import-'));
  folders.push(dir);
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function refusal(file: string) {
  const result = await readContactsFile(file, defaultPlaybook);
  assert.ok(!result.ok, 'expected the file to be refused');
  return result.error;
}

describe('readContactsFile', () => {
  it('reads a Dutch spreadsheet’s CSV export (BOM, semicolons, organisatie)', async () => {
    const file = await fileWith(
      'contacten.csv',
      '\uFEFFRole;Name;Phone;E-mail;Organisatie\r\n' +
        'Privacy – coördinatie;Pat de Vries;06-12345678;pat@example.nl;VWS\r\n',
    );
    const result = await readContactsFile(file, defaultPlaybook);
    assert.deepEqual(result, {
      ok: true,
      value: [
        {
          roleId: 'privacy-coordination',
          name: 'Pat de Vries',
          phone: '06-12345678',
          email: 'pat@example.nl',
          organisation: 'vws',
        },
      ],
    });
  });

  it('reads the browser tests’ sample file: somebody for every domain', async () => {
    const result = await readContactsFile(SAMPLE_CONTACTS_CSV, defaultPlaybook);
    assert.ok(result.ok);
    const roles = new Set(result.value.map((contact) => contact.roleId));
    for (const domain of defaultPlaybook.domains)
      assert.ok(
        domain.roles.some((role) => roles.has(role)),
        domain.id,
      );
  });

  it('reads YAML by any other name', async () => {
    const file = await fileWith(
      'contacts.yaml',
      '- { role: build-team, name: Sam, phone: "+31 6 8765 4321" }\n',
    );
    const result = await readContactsFile(file, defaultPlaybook);
    assert.ok(result.ok);
    assert.equal(result.value[0]?.phone, '+31 6 8765 4321');
  });

  it('names the file (not its folder), the line and what was expected', async () => {
    const file = await fileWith(
      'contacts.csv',
      'role,name,phone\ncio-director,Jan,06-1234\nnobody,Piet,\ncio-director,Kim,bel me\n',
    );
    assert.deepEqual(await refusal(file), {
      file: 'contacts.csv',
      issues: [
        {
          path: 'line 3: role',
          message:
            'expected a role of the playbook (an id such as privacy-coordination, or its Dutch or English title)',
        },
        {
          path: 'line 4: phone',
          message:
            'expected a phone number (digits, spaces, +, -, /, . and parentheses; at least 3 digits)',
        },
      ],
    });
  });

  it('refuses text that is not UTF-8, saying how to save it', async () => {
    // "Coördinatie" as Windows-1252 writes it: ö is the single byte 0xF6.
    const bytes = Buffer.concat([
      Buffer.from('role,name\ncio-director,Co'),
      Buffer.from([0xf6]),
      Buffer.from('rdinator\n'),
    ]);
    const { issues } = await refusal(await fileWith('contacts.csv', bytes));
    assert.deepEqual(issues, [
      { path: '', message: 'expected UTF-8 text (in a spreadsheet, save as "CSV UTF-8")' },
    ]);
  });

  it('refuses a file over 1 MB, a folder and a missing file, in words', async () => {
    const big = await fileWith('big.csv', `role,name\n${'cio-director,Jan\n'.repeat(70_000)}`);
    assert.match((await refusal(big)).issues[0]?.message ?? '', /larger than the 1 MB limit/);
    const folder = path.join(path.dirname(big), 'a-folder.csv');
    await mkdir(folder);
    assert.deepEqual((await refusal(folder)).issues, [
      { path: '', message: 'cannot read the file: it is a folder' },
    ]);
    const missing = path.join(path.dirname(big), 'gone.csv');
    assert.deepEqual((await refusal(missing)).issues, [
      { path: '', message: 'cannot read the file: no such file' },
    ]);
  });

  it('refuses an alias bomb as a file problem, not a crash', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'
        .split('')
        .map(
          (name, index) =>
            `${name}: &${name} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`,
        ),
    ].join('\n');
    const { issues } = await refusal(await fileWith('contacts.yaml', `${bomb}\n`));
    assert.match(issues[0]?.message ?? '', /alias/);
  });
});
