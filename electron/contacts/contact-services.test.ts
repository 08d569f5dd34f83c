import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { MAX_IMPORT_ISSUES } from '../../shared/contacts/contact-book.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { startAppServices } from '../app/app-services.ts';
import { SourceError } from '../sources/source-error.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { openContacts, type ContactServiceOptions } from './contact-services.ts';

const SEED: Contact = { roleId: 'cio-director', name: 'Jan Seed', phone: '', email: '' };

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-contact-services-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function services(options: Partial<ContactServiceOptions> = {}) {
  const dir = await dataDir();
  const chosen: { file: string | null } = { file: null };
  const copied: string[] = [];
  const contacts = await openContacts({
    dataDir: dir,
    configFile: path.join(dir, 'dijkwacht.yaml'),
    contacts: [SEED],
    playbook: defaultPlaybook,
    chooseImportFile: async () => chosen.file,
    writeClipboard: (text) => void copied.push(text),
    ...options,
  });
  const choose = async (name: string, text: string) => {
    chosen.file = path.join(dir, name);
    await writeFile(chosen.file, text);
  };
  return { ...contacts, dir, choose, copied };
}

describe('the contacts’ IPC handlers', () => {
  it('answer contacts:get from the config file until something is imported', async () => {
    const { handlers, choose, dir } = await services();
    assert.deepEqual(await handlers['contacts:get'](undefined), [SEED]);
    await choose('team.csv', 'role,name,phone\nprivacy-coordination,Pat,06-12345678\n');
    const result = await handlers['contacts:import'](undefined);
    assert.equal(result.status, 'imported');
    assert.deepEqual(
      result.status === 'imported' && [result.file, result.count, result.book.origin],
      ['team.csv', 1, 'app'],
    );
    assert.deepEqual(await handlers['contacts:get'](undefined), [
      { roleId: 'privacy-coordination', name: 'Pat', phone: '06-12345678', email: '' },
    ]);
    const stored = JSON.parse(await readFile(path.join(dir, 'contacts.json'), 'utf8'));
    assert.equal(stored.contacts[0].name, 'Pat');
  });

  it('cancel an import the user cancelled, or that has no dialog', async () => {
    const { handlers } = await services();
    assert.deepEqual(await handlers['contacts:import'](undefined), { status: 'cancelled' });
    const bare = await services({ chooseImportFile: undefined });
    assert.deepEqual(await bare.handlers['contacts:import'](undefined), { status: 'cancelled' });
  });

  it('refuse a bad file with its problems and lose nothing already stored', async () => {
    const { handlers, choose, dir } = await services();
    await handlers['contacts:save']({
      id: null,
      contact: { roleId: 'build-team', name: 'Sam', phone: '', email: '' },
    });
    const before = await readFile(path.join(dir, 'contacts.json'), 'utf8');
    await choose('broken.csv', 'role,name,phone\nbuild-team,Kim,06-1\nnobody,X,\n');
    assert.deepEqual(await handlers['contacts:import'](undefined), {
      status: 'refused',
      file: 'broken.csv',
      issues: [
        {
          path: 'line 3: role',
          message:
            'expected a role of the playbook (an id such as privacy-coordination, or its Dutch or English title)',
        },
      ],
      more: 0,
    });
    assert.deepEqual(
      (await handlers['contacts:get'](undefined)).map((contact) => contact.name),
      ['Jan Seed', 'Sam'],
    );
    assert.equal(await readFile(path.join(dir, 'contacts.json'), 'utf8'), before);
  });

  it('send the first problems of a very bad file and count the rest', async () => {
    const { handlers, choose } = await services();
    await choose('many.csv', `role,name\n${'nobody,X\n'.repeat(MAX_IMPORT_ISSUES + 7)}`);
    const result = await handlers['contacts:import'](undefined);
    assert.ok(result.status === 'refused');
    assert.equal(result.issues.length, MAX_IMPORT_ISSUES);
    assert.equal(result.more, 7);
  });

  it('copy a number through main’s clipboard, and say so when there is none', async () => {
    const { handlers, copied } = await services();
    await handlers['clipboard:write']({ text: '06-12345678' });
    assert.deepEqual(copied, ['06-12345678']);
    const bare = await services({ writeClipboard: undefined });
    await assert.rejects(bare.handlers['clipboard:write']({ text: '06-1' }), /No clipboard/);
  });
});

describe('the app services with the stored contacts', () => {
  it('redact in a Woo export a person imported after the start', async () => {
    const dir = await dataDir();
    const importFile = path.join(dir, 'team.csv');
    await writeFile(importFile, 'role,name\nprivacy-coordination,Pieternella Zwanenburg\n');
    const exported = path.join(dir, 'export.json');
    const config = parseConfigText(
      'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n',
      { fileName: 'dijkwacht.yaml', env: {} },
    );
    if (!config.ok) assert.fail(config.error.message);
    const clock = new FakeClock('2026-11-29T13:00:00.000Z');
    const running = await startAppServices({
      version: 'test',
      playbook: defaultPlaybook,
      config: config.value,
      contacts: [],
      configFile: path.join(dir, 'dijkwacht.yaml'),
      store: new MemoryTimelineStore({ now: () => new Date(clock.now()) }),
      dataDir: dir,
      chooseExportFile: async () => exported,
      chooseImportFile: async () => importFile,
      clock,
      createClient: () => ({
        poll: async () => {
          throw new SourceError('unreachable', 'not in this test');
        },
      }),
    });
    cleanup.push(() => running.stop());
    const { handlers } = running;
    await handlers['operator:set']({ name: 'Anna' });
    await handlers['action:log']({
      kind: 'note',
      text: 'Pieternella Zwanenburg belt terug om 15:00',
      domain: null,
    });
    await handlers['contacts:import'](undefined);
    await handlers['export:run']({
      format: 'json',
      redact: true,
      from: null,
      to: null,
      domain: null,
    });
    const text = await readFile(exported, 'utf8');
    assert.ok(text.includes('belt terug'), 'the note is in the export');
    assert.ok(!text.includes('Zwanenburg'), 'the imported name is redacted');
  });
});
