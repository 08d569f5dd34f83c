import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { createStarterConfig, STARTER_CONFIG } from './starter-config.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-starter-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const SECRETS = {
  TOPDESK_APP_PASSWORD: 'topdesk-application-password',
  STATUSCAKE_TOKEN: 'statuscake-token-1234',
  ELK_API_KEY: 'ZWxrOmVsay1hcGkta2V5LTEyMzQ=',
};

describe('createStarterConfig', () => {
  it('writes the starter to dijkwacht.yaml in the data folder, creating the folder', async () => {
    const dataDir = path.join(folder, 'Dijkwacht');
    const outcome = await createStarterConfig(dataDir);
    assert.deepEqual(outcome, { status: 'created', file: path.join(dataDir, 'dijkwacht.yaml') });
    assert.equal(await readFile(outcome.file, 'utf8'), STARTER_CONFIG);
  });

  it('never overwrites a config that is there, and leaves nothing beside it', async () => {
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(file, 'title: mine\n');
    assert.deepEqual(await createStarterConfig(folder), { status: 'exists', file });
    assert.equal(await readFile(file, 'utf8'), 'title: mine\n');
    assert.deepEqual(await readdir(folder), ['dijkwacht.yaml']);
  });

  it('is loaded by the real config loader once its secrets are set', async () => {
    const { file } = await createStarterConfig(folder);
    const loaded = await loadConfigFile(file, defaultPlaybook, SECRETS);
    assert.deepEqual(
      loaded.config.sources.map((source) => source.id),
      ['topdesk', 'statuscake', 'elk', 'alertmanager'],
    );
    assert.equal(loaded.config.demo, false);
  });

  it('without its secrets, is refused naming each variable and never a value', async () => {
    const { file } = await createStarterConfig(folder);
    const error = await loadConfigFile(file, defaultPlaybook, {}).then(
      () => assert.fail('expected a ConfigError'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof ConfigError);
    for (const name of Object.keys(SECRETS)) assert.match(error.message, new RegExp(name));
    assert.match(error.message, /dijkwacht\.yaml:\d+:\d+: sources\[0\]\.password/);
  });

  it('uses only { env: … } references for secrets: no secret is written in it', () => {
    for (const key of ['password', 'token', 'apiKey'])
      for (const line of STARTER_CONFIG.split('\n').filter((l) => l.trim().startsWith(`${key}:`)))
        assert.match(line, /\{ env: [A-Z_]+ \}/, line);
  });
});
