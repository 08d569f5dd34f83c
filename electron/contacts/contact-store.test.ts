import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import type { Contact } from '../../shared/contacts/contacts.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { ContactsFile } from './contacts-file.ts';
import { ContactError, ContactStore } from './contact-store.ts';

const PAT: Contact = {
  roleId: 'privacy-coordination',
  name: 'Pat de Vries',
  phone: '06-12345678',
  email: 'pat@example.nl',
};
const SAM: Contact = { roleId: 'build-team', name: 'Sam Jansen', phone: '', email: '' };

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), 'dijkwacht-contacts-'));
  folders.push(made);
  return made;
}

function ids() {
  let next = 0;
  return () => `id-${++next}`;
}

async function open(
  dir: string,
  seed: readonly Contact[] = [],
  file = ContactsFile.in(dir, false),
) {
  return ContactStore.open({ file, seed, playbook: defaultPlaybook, newId: ids() });
}

const stored = async (dir: string, name = 'contacts.json') =>
  JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { contacts: { name: string }[] };

describe('ContactStore: where the desk’s contacts come from', () => {
  it('shows the config file’s contacts until the app has a list of its own', async () => {
    const store = await open(await dataDir(), [PAT]);
    assert.deepEqual(store.state(), {
      entries: [{ id: 'id-1', contact: PAT }],
      origin: 'config',
      unreadable: null,
    });
    assert.deepEqual(store.contacts(), [PAT]);
  });

  it('says so when there is neither', async () => {
    assert.equal((await open(await dataDir())).state().origin, 'none');
  });

  it('once changed, keeps its own list: a restart shows it, not the config file', async () => {
    const dir = await dataDir();
    const first = await open(dir, [PAT]);
    await first.save(null, SAM);
    const again = await open(dir, [PAT]);
    assert.equal(again.state().origin, 'app');
    assert.deepEqual(again.contacts(), [PAT, SAM]);
    // Removing everyone is a list of its own too: the config's file does not come back.
    for (const { id } of again.state().entries) await again.remove(id);
    const emptied = await open(dir, [PAT]);
    assert.deepEqual([emptied.state().origin, emptied.contacts()], ['app', []]);
  });

  it('keeps the built-in demo’s list apart from the real one', async () => {
    const dir = await dataDir();
    const demo = await open(dir, [], ContactsFile.in(dir, true));
    await demo.save(null, PAT);
    assert.deepEqual(await readdir(dir), ['demo-contacts.json']);
    assert.equal((await open(dir)).state().origin, 'none');
  });
});

describe('ContactStore: changes', () => {
  it('adds, edits and removes, answering with the new list and writing it', async () => {
    const dir = await dataDir();
    const store = await open(dir);
    const added = await store.save(null, { ...PAT, organisation: 'Ministerie van VWS' });
    assert.deepEqual(added.entries, [{ id: 'id-1', contact: { ...PAT, organisation: 'vws' } }]);
    await store.save('id-1', { ...PAT, name: 'Pat de Vries-Bakker' });
    assert.deepEqual(
      (await stored(dir)).contacts.map((contact) => contact.name),
      ['Pat de Vries-Bakker'],
    );
    const removed = await store.remove('id-1');
    assert.deepEqual(removed.entries, []);
    assert.deepEqual((await stored(dir)).contacts, []);
  });

  it('replaces the whole list with an import', async () => {
    const store = await open(await dataDir(), [PAT]);
    const state = await store.replace([SAM, SAM]);
    assert.deepEqual(
      state.entries.map((entry) => entry.contact),
      [SAM, SAM],
    );
    assert.deepEqual(
      state.entries.map((entry) => entry.id),
      ['id-2', 'id-3'],
    );
  });

  it('refuses an unknown role or a contact gone, changing nothing', async () => {
    const dir = await dataDir();
    const store = await open(dir);
    await store.save(null, PAT);
    const before = await readFile(path.join(dir, 'contacts.json'), 'utf8');
    await assert.rejects(store.save(null, { ...PAT, roleId: 'nobody' }), ContactError);
    await assert.rejects(store.save('gone', PAT), /no longer in the list/);
    await assert.rejects(store.remove('gone'), ContactError);
    assert.deepEqual(store.contacts(), [PAT]);
    assert.equal(await readFile(path.join(dir, 'contacts.json'), 'utf8'), before);
  });

  it('keeps the old list, on disk and on screen, when the write fails', async () => {
    const dir = await dataDir();
    const healthy = await open(dir);
    await healthy.save(null, PAT);
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    const failing = new ContactsFile(path.join(dir, 'contacts.json'), {
      rename: async () => {
        throw full;
      },
    });
    const store = await open(dir, [], failing);
    await assert.rejects(
      store.save(null, SAM),
      new ContactError(
        'Kan de contactpersonen niet opslaan / Cannot save the contacts: the disk is full',
      ),
    );
    assert.deepEqual(store.contacts(), [PAT]);
    assert.deepEqual(
      (await stored(dir)).contacts.map((contact) => contact.name),
      ['Pat de Vries'],
    );
    assert.deepEqual(await readdir(dir), ['contacts.json']);
  });

  it('makes changes one at a time, each on the list the one before left', async () => {
    const dir = await dataDir();
    const store = await open(dir);
    const names = Array.from({ length: 12 }, (_, index) => `Persoon ${index}`);
    await Promise.all(names.map((name) => store.save(null, { ...SAM, name })));
    assert.deepEqual(
      store.contacts().map((contact) => contact.name),
      names,
    );
    assert.deepEqual(
      (await stored(dir)).contacts.map((contact) => contact.name),
      names,
    );
  });

  it('names a config contact it cannot keep rather than cutting it', async () => {
    const long = { ...SAM, name: 'x'.repeat(150) };
    const store = await open(await dataDir(), [long]);
    await assert.rejects(
      store.save(null, PAT),
      /Contact 1 does not fit: name: expected a name of at most 100 characters/,
    );
    assert.deepEqual(store.contacts(), [long]);
  });

  it('gives a Woo export the names of the list and of the config file', async () => {
    const store = await open(await dataDir(), [PAT]);
    await store.replace([SAM]);
    assert.deepEqual(store.names().sort(), ['Pat de Vries', 'Sam Jansen']);
  });
});

describe('ContactStore: a stored list that cannot be used', () => {
  const unusable: [string, string, RegExp][] = [
    ['not JSON', '{ "version": 1, "contacts": [', /contacts\.json: not valid JSON/],
    ['a newer version', '{ "version": 2, "contacts": [] }', /version/],
    [
      'an unknown role',
      JSON.stringify({ version: 1, contacts: [{ id: 'a', ...PAT, roleId: 'nobody' }] }),
      /contacts\[0\]\.roleId: expected a role of the playbook/,
    ],
    [
      'two contacts with one id',
      JSON.stringify({
        version: 1,
        contacts: [
          { id: 'a', ...PAT },
          { id: 'a', ...SAM },
        ],
      }),
      /contacts\[1\]\.id/,
    ],
    [
      'a name with a line break (edited by hand, or by an attacker)',
      JSON.stringify({ version: 1, contacts: [{ id: 'a', ...PAT, name: 'Pat\n=cmd' }] }),
      /contacts\[0\]\.name/,
    ],
    [
      'a formula as a phone number',
      JSON.stringify({ version: 1, contacts: [{ id: 'a', ...PAT, phone: "=cmd|' /C calc'!A0" }] }),
      /contacts\[0\]\.phone/,
    ],
  ];
  for (const [what, text, reason] of unusable) {
    it(`shows the config file’s list, and why, for ${what}`, async () => {
      const dir = await dataDir();
      await writeFile(path.join(dir, 'contacts.json'), text);
      const state = (await open(dir, [PAT])).state();
      assert.deepEqual(
        [state.origin, state.entries.map((entry) => entry.contact)],
        ['config', [PAT]],
      );
      assert.match(state.unreadable ?? '', reason);
      assert.ok(!(state.unreadable ?? '').includes('=cmd'), 'never quotes the value');
    });
  }

  it('moves the unreadable file aside at the first change, and keeps it', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, 'contacts.json'), 'garbage');
    const store = await open(dir, [PAT]);
    const state = await store.save(null, SAM);
    assert.deepEqual([state.origin, state.unreadable], ['app', null]);
    assert.deepEqual((await readdir(dir)).sort(), ['contacts.json', 'contacts.unreadable.json']);
    assert.equal(await readFile(path.join(dir, 'contacts.unreadable.json'), 'utf8'), 'garbage');
    assert.deepEqual(store.contacts(), [PAT, SAM]);
  });

  it('refuses a stored file over its size bound without reading it whole', async () => {
    const dir = await dataDir();
    await writeFile(path.join(dir, 'contacts.json'), ' '.repeat(4 * 1_048_576 + 10));
    assert.match((await open(dir)).state().unreadable ?? '', /too large/);
  });
});
