import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { RememberedWarRoom, WAR_ROOM_SECRET } from '../app/war-room-file.ts';
import { SecretStore } from '../secrets/secret-store.ts';
import { fakeKeychain } from '../secrets/testing/fake-keychain.ts';
import { chooseJoin, seatToStart, warRoomRelaunchArgs } from './war-room-launch.ts';

const KEPT = 'postgres://anna@db.example.nl/warroom?sslmode=require';
const OTHER = 'postgres://wacht@other:5433/room';

describe('chooseJoin', () => {
  const cases: [string, string[], Record<string, string>, string | null, string | null][] = [
    ['nothing given: the remembered war room', ['.'], {}, KEPT, KEPT],
    ['nothing given, nothing remembered: no seat', ['.'], {}, null, null],
    ['--join wins over the remembered one', ['--join', OTHER], {}, KEPT, OTHER],
    ['--join=URL', [`--join=${OTHER}`], {}, null, OTHER],
    ['DIJKWACHT_JOIN wins over the remembered one', ['.'], { DIJKWACHT_JOIN: OTHER }, KEPT, OTHER],
    ['--join wins over DIJKWACHT_JOIN', ['--join', KEPT], { DIJKWACHT_JOIN: OTHER }, null, KEPT],
    [
      '--join= (empty): no seat, whatever else says',
      ['--join='],
      { DIJKWACHT_JOIN: OTHER },
      KEPT,
      null,
    ],
    ['--config names its own start: no seat', ['--config', 'c.yaml'], {}, KEPT, null],
    ['--db names its own store: no seat', ['--db', 't.sqlite'], {}, KEPT, null],
    ['--demo: no seat', ['--demo'], {}, KEPT, null],
    ['DIJKWACHT_CONFIG as --config', ['.'], { DIJKWACHT_CONFIG: 'c.yaml' }, KEPT, null],
    ['DIJKWACHT_DB as --db', ['.'], { DIJKWACHT_DB: 't.sqlite' }, KEPT, null],
    [
      '--join with --config: a seat with its own config',
      ['--config', 'c.yaml', '--join', OTHER],
      {},
      KEPT,
      OTHER,
    ],
    ['an empty DIJKWACHT_JOIN is none', ['.'], { DIJKWACHT_JOIN: '' }, KEPT, KEPT],
    ['Chromium switches change nothing', ['--no-sandbox', '--wall'], {}, KEPT, KEPT],
  ];
  for (const [name, argv, env, remembered, expected] of cases) {
    it(name, () => assert.equal(chooseJoin(argv, env, remembered).join, expected));
  }

  it('says why a remembered war room is passed over', () => {
    const choice = chooseJoin(['--config', 'c.yaml'], {}, KEPT);
    assert.equal(choice.origin, 'none');
    assert.match(choice.note ?? '', /not joined: this start names its own config/);
    assert.equal(chooseJoin(['.'], {}, KEPT).origin, 'remembered');
    assert.equal(chooseJoin(['--join', OTHER], {}, null).origin, 'launch');
  });
});

describe('warRoomRelaunchArgs', () => {
  it('joins with --join URL, keeping the rest of this start', () => {
    assert.deepEqual(warRoomRelaunchArgs(['.', '--wall', '--config', 'c.yaml'], KEPT), [
      '.',
      '--wall',
      '--config',
      'c.yaml',
      '--join',
      KEPT,
    ]);
  });

  it('replaces a --join given before, in either form', () => {
    assert.deepEqual(warRoomRelaunchArgs(['.', '--join', OTHER, '--wall'], KEPT), [
      '.',
      '--wall',
      '--join',
      KEPT,
    ]);
    assert.deepEqual(warRoomRelaunchArgs([`--join=${OTHER}`], KEPT), ['--join', KEPT]);
  });

  it('leaves with --join= so that an inherited DIJKWACHT_JOIN does not rejoin', () => {
    const args = warRoomRelaunchArgs(['.', '--join', OTHER], null);
    assert.deepEqual(args, ['.', '--join=']);
    assert.equal(chooseJoin(args, { DIJKWACHT_JOIN: OTHER }, null).join, null);
  });

  it('does not swallow the next switch after a bare --join', () => {
    assert.deepEqual(warRoomRelaunchArgs(['--join', '--wall'], null), ['--wall', '--join=']);
  });
});

describe('seatToStart', () => {
  let folder = '';
  let lines: string[] = [];
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-war-room-launch-'));
    lines = [];
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const keychain = fakeKeychain();
  async function keep(url: string, password: string | null): Promise<void> {
    await new RememberedWarRoom(folder).write(url);
    if (password === null) return;
    const secrets = await SecretStore.open({ dataDir: folder, keychain, platform: 'linux' });
    await secrets.set(WAR_ROOM_SECRET, password);
  }
  const start = (argv: string[], env: Record<string, string> = {}) =>
    seatToStart({ argv, env, dataDir: folder, keychain, log: (line) => lines.push(line) });

  it('a remembered war room is joined with the password kept for it', async () => {
    await keep(KEPT, 'kept-in-keychain');
    assert.deepEqual(await start(['.']), { join: KEPT, storePassword: 'kept-in-keychain' });
    assert.ok(lines.every((line) => !line.includes('kept-in-keychain')));
  });

  it('the kept password goes to its own URL only, never to one given at launch', async () => {
    await keep(KEPT, 'kept-in-keychain');
    assert.deepEqual(await start(['--join', OTHER]), { join: OTHER });
    // The same URL given at launch (what "Join" restarts with) does get it.
    assert.deepEqual(await start(['--join', KEPT]), {
      join: KEPT,
      storePassword: 'kept-in-keychain',
    });
  });

  it('without a kept password: PGPASSWORD or ~/.pgpass, as libpq reads them', async () => {
    await keep(KEPT, null);
    assert.deepEqual(await start(['.']), { join: KEPT });
  });

  it('a keychain that cannot decrypt is logged, and the seat still starts', async () => {
    await keep(KEPT, 'kept-in-keychain');
    const locked = await seatToStart({
      argv: ['.'],
      env: {},
      dataDir: folder,
      keychain: fakeKeychain({ refuseDecrypt: true }),
      log: (line) => lines.push(line),
    });
    assert.deepEqual(locked, { join: KEPT });
    assert.ok(lines.some((line) => /war-room cannot be decrypted/.test(line)));
  });

  it('no seat at all: nothing is opened', async () => {
    assert.equal(await start(['.']), null);
    await keep(KEPT, null);
    assert.equal(await start(['--demo']), null);
  });
});
