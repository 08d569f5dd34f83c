import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLaunchOptions, type LaunchOptions } from './launch-options.ts';

describe('parseLaunchOptions', () => {
  const cases: [string, string[], Record<string, string>, LaunchOptions][] = [
    [
      'nothing: the demo, coordinator view',
      ['.'],
      {},
      { configFile: null, view: 'coordinator', db: null },
    ],
    [
      '--config FILE',
      ['.', '--config', '/etc/dijkwacht.yaml'],
      {},
      { configFile: '/etc/dijkwacht.yaml', view: 'coordinator', db: null },
    ],
    [
      '--config=FILE',
      ['--config=conf.yaml'],
      {},
      { configFile: 'conf.yaml', view: 'coordinator', db: null },
    ],
    ['--wall', ['.', '--wall'], {}, { configFile: null, view: 'wall', db: null }],
    [
      '--wall with a config',
      ['--wall', '--config', 'c.yaml'],
      {},
      { configFile: 'c.yaml', view: 'wall', db: null },
    ],
    [
      'DIJKWACHT_CONFIG',
      ['.'],
      { DIJKWACHT_CONFIG: 'env.yaml' },
      { configFile: 'env.yaml', view: 'coordinator', db: null },
    ],
    [
      '--config beats DIJKWACHT_CONFIG',
      ['--config', 'arg.yaml'],
      { DIJKWACHT_CONFIG: 'env.yaml' },
      { configFile: 'arg.yaml', view: 'coordinator', db: null },
    ],
    [
      'an empty DIJKWACHT_CONFIG is no config',
      ['.'],
      { DIJKWACHT_CONFIG: '' },
      { configFile: null, view: 'coordinator', db: null },
    ],
    [
      'an empty --config is no config',
      ['--config='],
      {},
      { configFile: null, view: 'coordinator', db: null },
    ],
    [
      '--config without a value falls back to the environment',
      ['--config'],
      { DIJKWACHT_CONFIG: 'env.yaml' },
      { configFile: 'env.yaml', view: 'coordinator', db: null },
    ],
    [
      'Chromium switches are ignored',
      ['.', '--no-sandbox', '--enable-logging', '--remote-debugging-port=9222', '--wall'],
      {},
      { configFile: null, view: 'wall', db: null },
    ],
    [
      '--db STORE',
      ['--db', '/srv/war-room.sqlite'],
      {},
      { configFile: null, view: 'coordinator', db: '/srv/war-room.sqlite' },
    ],
    [
      'DIJKWACHT_DB',
      ['.'],
      { DIJKWACHT_DB: 'env.sqlite' },
      { configFile: null, view: 'coordinator', db: 'env.sqlite' },
    ],
  ];
  for (const [name, argv, env, expected] of cases)
    it(name, () => assert.deepEqual(parseLaunchOptions(argv, env), expected));

  it('does not change the argv it is given', () => {
    const argv = Object.freeze(['--config', 'c.yaml']);
    parseLaunchOptions(argv, {});
    assert.deepEqual(argv, ['--config', 'c.yaml']);
  });
});
