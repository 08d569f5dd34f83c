import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import {
  chooseConfigFile,
  defaultConfigFile,
  relaunchArgs,
  RememberedConfig,
} from './config-location.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-config-location-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const file = (name: string) => path.join(folder, name);
const touch = (name: string) => writeFile(file(name), 'title: x\n');

describe('chooseConfigFile', () => {
  it('takes --config / DIJKWACHT_CONFIG first, even a file that is not there (a typo is reported)', async () => {
    await touch('remembered.yaml');
    await touch('dijkwacht.yaml');
    const choice = await chooseConfigFile({
      launchFile: file('typo.yaml'),
      rememberedFile: file('remembered.yaml'),
      defaultFile: file('dijkwacht.yaml'),
    });
    assert.deepEqual(choice, { file: file('typo.yaml'), origin: 'launch', notes: [] });
  });

  it('else the config last opened, while it exists', async () => {
    await touch('remembered.yaml');
    await touch('dijkwacht.yaml');
    const choice = await chooseConfigFile({
      launchFile: null,
      rememberedFile: file('remembered.yaml'),
      defaultFile: file('dijkwacht.yaml'),
    });
    assert.equal(choice.file, file('remembered.yaml'));
    assert.equal(choice.origin, 'remembered');
  });

  it('else the default in the data folder, and says why the remembered one was passed over', async () => {
    await touch('dijkwacht.yaml');
    const choice = await chooseConfigFile({
      launchFile: null,
      rememberedFile: file('moved-away.yaml'),
      defaultFile: file('dijkwacht.yaml'),
    });
    assert.equal(choice.file, file('dijkwacht.yaml'));
    assert.equal(choice.origin, 'default');
    assert.match(choice.notes.join(), /moved-away\.yaml, is no longer there/);
  });

  it('else the demo: nothing remembered and no default', async () => {
    const choice = await chooseConfigFile({
      launchFile: null,
      rememberedFile: null,
      defaultFile: file('dijkwacht.yaml'),
    });
    assert.deepEqual(choice, { file: null, origin: 'demo', notes: [] });
  });

  it('does not take a folder of the default name for a config', async () => {
    await mkdir(file('dijkwacht.yaml'));
    const choice = await chooseConfigFile({
      launchFile: null,
      rememberedFile: null,
      defaultFile: file('dijkwacht.yaml'),
    });
    assert.equal(choice.origin, 'demo');
  });

  it('--demo skips the remembered and the default config, but not --config', async () => {
    await touch('remembered.yaml');
    await touch('dijkwacht.yaml');
    const candidates = {
      rememberedFile: file('remembered.yaml'),
      defaultFile: file('dijkwacht.yaml'),
      demo: true,
    };
    assert.equal((await chooseConfigFile({ ...candidates, launchFile: null })).origin, 'demo');
    assert.equal(
      (await chooseConfigFile({ ...candidates, launchFile: file('x.yaml') })).origin,
      'launch',
    );
  });

  it('puts the default config in the data folder as dijkwacht.yaml', () =>
    assert.equal(defaultConfigFile(folder), path.join(folder, 'dijkwacht.yaml')));
});

describe('RememberedConfig', () => {
  it('remembers nothing at first', async () =>
    assert.equal(await new RememberedConfig(folder).read(), null));

  it('reads back the file it remembered, by its full path, in config-location.json', async () => {
    await new RememberedConfig(folder).remember(file('war-room.yaml'));
    assert.equal(await new RememberedConfig(folder).read(), file('war-room.yaml'));
    const saved = JSON.parse(await readFile(file('config-location.json'), 'utf8'));
    assert.deepEqual(saved, { file: file('war-room.yaml') });
  });

  it('remembers a relative path as a full one', async () => {
    await new RememberedConfig(folder).remember('relative.yaml');
    assert.equal(await new RememberedConfig(folder).read(), path.resolve('relative.yaml'));
  });

  const unusable: [string, string][] = [
    ['damaged JSON', '{"file": "/x.yaml"'],
    ['a relative path', '{"file": "x.yaml"}'],
    ['an empty path', '{"file": ""}'],
    ['extra keys', '{"file": "/x.yaml", "password": "x"}'],
    ['a number', '{"file": 7}'],
    ['an over-long path', JSON.stringify({ file: `/${'a'.repeat(5000)}` })],
  ];
  for (const [name, text] of unusable)
    it(`reads ${name} as nothing remembered`, async () => {
      await writeFile(file('config-location.json'), text);
      assert.equal(await new RememberedConfig(folder).read(), null);
    });
});

describe('relaunchArgs', () => {
  it('keeps the app path and the other options, and adds --config FILE', () =>
    assert.deepEqual(relaunchArgs(['.', '--wall', '--db', 's.sqlite'], { configFile: '/c.yaml' }), [
      '.',
      '--wall',
      '--db',
      's.sqlite',
      '--config',
      '/c.yaml',
    ]));

  it('drops the --config this start had, in both spellings', () => {
    assert.deepEqual(
      relaunchArgs(['.', '--config', 'old.yaml', '--wall'], { configFile: '/n.yaml' }),
      ['.', '--wall', '--config', '/n.yaml'],
    );
    assert.deepEqual(relaunchArgs(['--config=old.yaml', '.'], { configFile: '/n.yaml' }), [
      '.',
      '--config',
      '/n.yaml',
    ]);
  });

  it('restarts on the demo with --demo and without any config', () =>
    assert.deepEqual(relaunchArgs(['.', '--config', 'bad.yaml', '--demo'], 'demo'), [
      '.',
      '--demo',
    ]));
});
