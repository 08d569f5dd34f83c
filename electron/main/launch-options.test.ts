import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoRequested, parseLaunchOptions, type LaunchOptions } from './launch-options.ts';

describe('parseLaunchOptions', () => {
  const cases: [string, string[], Record<string, string>, LaunchOptions][] = [
    [
      'nothing: the demo, coordinator view',
      ['.'],
      {},
      { configFile: null, view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      '--config FILE',
      ['.', '--config', '/etc/dijkwacht.yaml'],
      {},
      {
        configFile: '/etc/dijkwacht.yaml',
        view: 'coordinator',
        db: null,
        join: null,
        display: null,
      },
    ],
    [
      '--config=FILE',
      ['--config=conf.yaml'],
      {},
      { configFile: 'conf.yaml', view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      '--wall',
      ['.', '--wall'],
      {},
      { configFile: null, view: 'wall', db: null, join: null, display: null },
    ],
    [
      '--wall with a config',
      ['--wall', '--config', 'c.yaml'],
      {},
      { configFile: 'c.yaml', view: 'wall', db: null, join: null, display: null },
    ],
    [
      'DIJKWACHT_CONFIG',
      ['.'],
      { DIJKWACHT_CONFIG: 'env.yaml' },
      { configFile: 'env.yaml', view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      '--config beats DIJKWACHT_CONFIG',
      ['--config', 'arg.yaml'],
      { DIJKWACHT_CONFIG: 'env.yaml' },
      { configFile: 'arg.yaml', view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      'an empty DIJKWACHT_CONFIG is no config',
      ['.'],
      { DIJKWACHT_CONFIG: '' },
      { configFile: null, view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      'an empty --config is no config',
      ['--config='],
      {},
      { configFile: null, view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      '--config without a value falls back to the environment',
      ['--config'],
      { DIJKWACHT_CONFIG: 'env.yaml' },
      { configFile: 'env.yaml', view: 'coordinator', db: null, join: null, display: null },
    ],
    [
      'Chromium switches are ignored',
      ['.', '--no-sandbox', '--enable-logging', '--remote-debugging-port=9222', '--wall'],
      {},
      { configFile: null, view: 'wall', db: null, join: null, display: null },
    ],
    [
      '--db STORE',
      ['--db', '/srv/war-room.sqlite'],
      {},
      {
        configFile: null,
        view: 'coordinator',
        db: '/srv/war-room.sqlite',
        join: null,
        display: null,
      },
    ],
    [
      '--join URL: a seat of the shared war room',
      ['--join', 'postgres://dijkwacht@db:5432/warroom', '--wall'],
      {},
      {
        configFile: null,
        view: 'wall',
        db: null,
        join: 'postgres://dijkwacht@db:5432/warroom',
        display: null,
      },
    ],
    [
      'DIJKWACHT_JOIN, and --join beats it',
      ['--join=postgres://a@x/w'],
      { DIJKWACHT_JOIN: 'postgres://b@y/w' },
      { configFile: null, view: 'coordinator', db: null, join: 'postgres://a@x/w', display: null },
    ],
    [
      'DIJKWACHT_JOIN alone',
      ['.'],
      { DIJKWACHT_JOIN: 'postgres://b@y/w' },
      { configFile: null, view: 'coordinator', db: null, join: 'postgres://b@y/w', display: null },
    ],
    [
      'DIJKWACHT_DB',
      ['.'],
      { DIJKWACHT_DB: 'env.sqlite' },
      { configFile: null, view: 'coordinator', db: 'env.sqlite', join: null, display: null },
    ],
  ];
  for (const [name, argv, env, expected] of cases)
    it(name, () => assert.deepEqual(parseLaunchOptions(argv, env), expected));

  const displays: [string[], number | null][] = [
    [['--wall', '--display', '2'], 2],
    [['--display=1'], 1],
    [['--display', '12'], 12],
    [['--display', '0'], null],
    [['--display', '-1'], null],
    [['--display', '1.5'], null],
    [['--display', '2x'], null],
    [['--display', '02'], null],
    [['--display='], null],
    [['--display'], null],
    [['--display', '99999'], null],
  ];
  for (const [argv, display] of displays)
    it(`${argv.join(' ')} → display ${display}`, () =>
      assert.equal(parseLaunchOptions(argv, {}).display, display));

  it('--display leaves the other options as they are', () =>
    assert.deepEqual(parseLaunchOptions(['--wall', '--display', '2', '--config', 'c.yaml'], {}), {
      configFile: 'c.yaml',
      view: 'wall',
      db: null,
      join: null,
      display: 2,
    }));

  it('does not change the argv it is given', () => {
    const argv = Object.freeze(['--config', 'c.yaml']);
    parseLaunchOptions(argv, {});
    assert.deepEqual(argv, ['--config', 'c.yaml']);
  });
});

describe('demoRequested', () => {
  it('is false without --demo', () => assert.equal(demoRequested(['.', '--wall']), false));
  it('is true with --demo among other options', () =>
    assert.equal(demoRequested(['.', '--demo', '--db', 'x.sqlite']), true));
  it('does not mistake --demo-speed or a value for it', () =>
    assert.equal(demoRequested(['--db', '--demo-x']), false));
});
