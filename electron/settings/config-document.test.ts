import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { ConfigDocumentFile, withOfficeHours, withSourceAppended } from './config-document.ts';

let folder = '';
let file = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-config-doc-'));
  file = path.join(folder, 'dijkwacht.yaml');
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const ENTRY = {
  id: 'statuscake',
  kind: 'statuscake',
  url: 'https://api.statuscake.com',
  token: { keychain: 'statuscake.token' },
};

const USERS_FILE = [
  '# Our war room — do not remove this comment',
  'title: CoronaMelder # shown in the header',
  '',
  'sources:',
  '  # TOPdesk first',
  '  - id: topdesk',
  '    kind: topdesk',
  '    url: https://example.topdesk.net',
  '    username: dijkwacht-api',
  '    password: { env: TOPDESK_APP_PASSWORD } # from the vault',
  '',
  'intake:',
  '  # agreed with CIBG on 1 October',
  '  officeHours: { days: [mon, tue], from: "08:00", to: "17:00" }',
  '',
].join('\n');

async function edit(
  text: string,
  change: Parameters<ConfigDocumentFile['edit']>[0],
): Promise<string> {
  await writeFile(file, text);
  await new ConfigDocumentFile(file).edit(change, () => {});
  return readFile(file, 'utf8');
}

describe('ConfigDocumentFile: the settings page edits the file as a person would', () => {
  it("appends a source and keeps every comment, the order and the user's layout", async () => {
    const written = await edit(
      USERS_FILE,
      (text, document) => withSourceAppended(text, document, ENTRY).text,
    );
    assert.equal(
      written,
      USERS_FILE.replace(
        '    password: { env: TOPDESK_APP_PASSWORD } # from the vault\n',
        [
          '    password: { env: TOPDESK_APP_PASSWORD } # from the vault',
          '  - id: statuscake',
          '    kind: statuscake',
          '    url: https://api.statuscake.com',
          '    token: { keychain: statuscake.token }',
          '',
        ].join('\n'),
      ),
    );
  });

  it('writes a flow-style entry where the sources are written in flow style', async () => {
    const text = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';
    const written = await edit(
      text,
      (text, document) => withSourceAppended(text, document, ENTRY).text,
    );
    assert.equal(
      written,
      `${text}  - { id: statuscake, kind: statuscake, url: https://api.statuscake.com, token: { keychain: statuscake.token } }\n`,
    );
  });

  it('starts the list in a file that has none, keeping its comments', async () => {
    const written = await edit(
      '# new war room\ntitle: t\npriorities: { P0: "^P0" }',
      (text, document) => withSourceAppended(text, document, ENTRY).text,
    );
    assert.equal(
      written,
      [
        '# new war room',
        'title: t',
        'priorities: { P0: "^P0" }',
        'sources:',
        '  - id: statuscake',
        '    kind: statuscake',
        '    url: https://api.statuscake.com',
        '    token: { keychain: statuscake.token }',
        '',
      ].join('\n'),
    );
    const empty = await edit(
      '# nothing yet\n',
      (text, document) => withSourceAppended(text, document, ENTRY).text,
    );
    assert.match(empty, /^# nothing yet\n/);
    assert.deepEqual(parseDocument(empty).toJS(), { sources: [ENTRY] });
  });

  it('sets the office hours and keeps what else intake says, with its comment', async () => {
    const written = await edit(USERS_FILE, (text, document) =>
      withOfficeHours(text, document, {
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        from: '07:30',
        to: '24:00',
      }),
    );
    assert.equal(
      written,
      USERS_FILE.replace(
        '{ days: [mon, tue], from: "08:00", to: "17:00" }',
        '{ days: [mon, tue, wed, thu, fri, sat], from: "07:30", to: "24:00" }',
      ),
    );
    assert.deepEqual(parseDocument(written).toJS().intake, {
      officeHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: '07:30', to: '24:00' },
    });
  });

  it('adds the office hours to an intake without them, or an intake to a file without one', async () => {
    const hours = { days: ['mon'], from: '09:00', to: '17:00' };
    const withIntake = 'intake:\n  # nothing yet\n  other: 1\nsources: []\n';
    assert.equal(
      await edit(withIntake, (text, document) => withOfficeHours(text, document, hours)),
      'intake:\n  # nothing yet\n  other: 1\n  officeHours: { days: [mon], from: "09:00", to: "17:00" }\nsources: []\n',
    );
    assert.equal(
      await edit('title: t # ours', (text, document) => withOfficeHours(text, document, hours)),
      'title: t # ours\nintake:\n  officeHours: { days: [mon], from: "09:00", to: "17:00" }\n',
    );
  });

  it('replaces office hours written as a block, keeping what follows', async () => {
    const text =
      'intake:\n  officeHours:\n    days: [mon]\n    from: "08:00"\n# sources below\nsources: []\n';
    const written = await edit(text, (before, document) =>
      withOfficeHours(before, document, { days: ['tue'], from: '10:00', to: '12:00' }),
    );
    assert.match(written, /# sources below\nsources: \[\]\n$/);
    assert.deepEqual(parseDocument(written).toJS().intake, {
      officeHours: { days: ['tue'], from: '10:00', to: '12:00' },
    });
  });

  it('writes nothing when the check refuses the new text, and keeps the permissions', async () => {
    await writeFile(file, USERS_FILE);
    await chmod(file, 0o600);
    await assert.rejects(
      new ConfigDocumentFile(file).edit(
        (text, document) => withSourceAppended(text, document, ENTRY).text,
        () => {
          throw new Error('refused');
        },
      ),
      /refused/,
    );
    assert.equal(await readFile(file, 'utf8'), USERS_FILE);
    await new ConfigDocumentFile(file).edit(
      (text, document) => withSourceAppended(text, document, ENTRY).text,
      () => {},
    );
    if (process.platform !== 'win32') assert.equal((await stat(file)).mode & 0o777, 0o600);
  });

  it('refuses a file that is not YAML, and one whose sources are not a list', async () => {
    await writeFile(file, 'sources: [unclosed\n');
    await assert.rejects(new ConfigDocumentFile(file).read(), { name: 'ConfigError' });
    const text = 'sources: none\n';
    await writeFile(file, text);
    await assert.rejects(
      new ConfigDocumentFile(file).edit(
        (text, document) => withSourceAppended(text, document, ENTRY).text,
        () => {},
      ),
      /sources: expected a list of sources/,
    );
    assert.equal(await readFile(file, 'utf8'), text);
  });
});
