import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { loadConfigFile } from './load-config.ts';

let folder = '';

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-load-'));
  await mkdir(path.join(folder, 'conf', 'people'), { recursive: true });
});
after(() => rm(folder, { recursive: true, force: true }));

async function write(relative: string, text: string): Promise<string> {
  const file = path.join(folder, relative);
  await writeFile(file, text);
  return file;
}

/** One source, so a config is usable: a config without sources is refused. */
const SOURCE = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';

/** The ConfigError loadConfigFile throws, checked to be one. */
async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  return assert.fail('expected a ConfigError');
}

describe('loadConfigFile', () => {
  it('reads a config and no contacts when it names none', async () => {
    const file = await write('conf/plain.yaml', `title: Plain\n${SOURCE}`);
    const loaded = await loadConfigFile(file, defaultPlaybook, {});
    assert.equal(loaded.file, file);
    assert.equal(loaded.config.title, 'Plain');
    assert.deepEqual(loaded.contacts, []);
  });

  it('resolves the contacts path relative to the config file, not the working directory', async () => {
    await write(
      'conf/people/team.csv',
      'role,name,phone,email\nprivacy-coordination,Jan,06-1,jan@example.nl\n',
    );
    const file = await write('conf/with-contacts.yaml', `contacts: people/team.csv\n${SOURCE}`);
    const cwd = process.cwd();
    assert.notEqual(
      path.resolve(cwd, 'people/team.csv'),
      path.join(folder, 'conf/people/team.csv'),
    );
    const loaded = await loadConfigFile(file, defaultPlaybook, {});
    assert.deepEqual(loaded.contacts, [
      { roleId: 'privacy-coordination', name: 'Jan', phone: '06-1', email: 'jan@example.nl' },
    ]);
  });

  it('accepts an absolute contacts path and a YAML contacts file', async () => {
    const contacts = await write(
      'conf/people/team.yaml',
      'contacts:\n  - { role: cio-director, name: Piet }\n',
    );
    const file = await write(
      'conf/absolute.yaml',
      `contacts: ${JSON.stringify(contacts)}\n${SOURCE}`,
    );
    const loaded = await loadConfigFile(file, defaultPlaybook, {});
    assert.deepEqual(loaded.contacts, [
      { roleId: 'cio-director', name: 'Piet', phone: '', email: '' },
    ]);
  });

  it('passes the given env to the secrets', async () => {
    const file = await write(
      'conf/secret.yaml',
      'sources:\n  - { id: sc, kind: statuscake, url: "https://a.b", token: { env: SC_TOKEN } }\n',
    );
    const loaded = await loadConfigFile(file, defaultPlaybook, { SC_TOKEN: 'abc-token-1' });
    const [source] = loaded.config.sources;
    assert.ok(source?.kind === 'statuscake');
    assert.equal(source.token.reveal(), 'abc-token-1');
  });

  it('throws a ConfigError naming a missing config file', async () => {
    const file = path.join(folder, 'conf', 'missing.yaml');
    const error = await configError(loadConfigFile(file, defaultPlaybook, {}));
    assert.equal(error.file, file);
    assert.equal(error.message, `${file}: cannot read the file: no such file`);
  });

  it('throws a ConfigError for a folder given as the config', async () => {
    const file = path.join(folder, 'conf');
    assert.equal(
      (await configError(loadConfigFile(file, defaultPlaybook, {}))).message,
      `${file}: cannot read the file: it is a folder`,
    );
  });

  it('throws a ConfigError naming the missing contacts file by its resolved path', async () => {
    const file = await write('conf/lost-contacts.yaml', `contacts: people/nobody.csv\n${SOURCE}`);
    const error = await configError(loadConfigFile(file, defaultPlaybook, {}));
    const contacts = path.join(folder, 'conf', 'people', 'nobody.csv');
    assert.equal(error.file, contacts);
    assert.equal(error.message, `${contacts}: cannot read the file: no such file`);
  });

  it('throws the contacts file’s own errors with their line', async () => {
    await write('conf/people/bad.csv', 'role,name\nnobody,Jan\n');
    const file = await write('conf/bad-contacts.yaml', `contacts: people/bad.csv\n${SOURCE}`);
    const error = await configError(loadConfigFile(file, defaultPlaybook, {}));
    assert.deepEqual(
      error.issues.map((issue) => issue.path),
      ['line 2: role'],
    );
  });

  it('throws the config’s parse errors as they are', async () => {
    const file = await write('conf/bad.yaml', 'sources: {}\n');
    assert.equal(
      (await configError(loadConfigFile(file, defaultPlaybook, {}))).message,
      `${file}:1:10: sources: expected a list of sources`,
    );
  });

  for (const [name, text] of [
    ['an empty file', ''],
    ['only comments', '# dijkwacht\n# to do: sources\n'],
    ['an empty mapping', '{}\n'],
    ['an empty list of sources', 'sources: []\n'],
    ['a title and nothing else', 'title: Oefening\n'],
  ] as const) {
    it(`throws a ConfigError for ${name}: a config without sources watches nothing`, async () => {
      const file = await write('conf/empty.yaml', text);
      assert.equal(
        (await configError(loadConfigFile(file, defaultPlaybook, {}))).message,
        `${file}: no sources configured (add at least one under sources:)`,
      );
    });
  }

  it('reports the config’s own errors before the missing sources', async () => {
    const file = await write('conf/typo.yaml', 'titel: Oefening\n');
    assert.equal(
      (await configError(loadConfigFile(file, defaultPlaybook, {}))).message,
      `${file}:1:1: titel: unknown key (check its spelling and indentation)`,
    );
  });

  it('reads no more than 1 MB of a file, however much it holds', async () => {
    const started = Date.now();
    const error = await configError(loadConfigFile('/dev/zero', defaultPlaybook, {}));
    assert.equal(error.message, '/dev/zero: the file is larger than the 1 MB limit');
    assert.ok(Date.now() - started < 1_000, `${Date.now() - started} ms`);
  });

  it('refuses a contacts file over 1 MB, naming it', async () => {
    const contacts = await write('conf/people/huge.csv', `role,name\n${'x,y\n'.repeat(300_000)}`);
    const file = await write('conf/huge-contacts.yaml', `contacts: people/huge.csv\n${SOURCE}`);
    assert.equal(
      (await configError(loadConfigFile(file, defaultPlaybook, {}))).message,
      `${contacts}: the file is larger than the 1 MB limit`,
    );
  });
});
