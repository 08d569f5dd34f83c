// `npm start` finds the Electron binary itself, and says in one line what to do when there
// is none (the electron package would try to download it and print a stack trace).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findElectronBinary, MISSING_ELECTRON } from '../scripts/electron-binary.mjs';

const START = path.resolve(import.meta.dirname, '../scripts/start.mjs');
let folder = '';
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-start-'));
});
after(() => rm(folder, { recursive: true, force: true }));

describe('npm start', { skip: process.platform === 'win32' && 'a shell-script stand-in' }, () => {
  it('finds no binary where neither the override nor the package has one', () => {
    assert.equal(findElectronBinary({}, folder), null);
    assert.equal(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: folder }, folder), null);
    assert.match(MISSING_ELECTRON, /ELECTRON_OVERRIDE_DIST_PATH/);
    assert.equal(MISSING_ELECTRON.includes('\n'), false, 'one line');
  });

  it('starts the Electron of ELECTRON_OVERRIDE_DIST_PATH on the app, passing the options on', async () => {
    const dist = path.join(folder, 'dist');
    await mkdir(dist, { recursive: true });
    const stand = path.join(dist, process.platform === 'darwin' ? 'x' : 'electron');
    await writeFile(stand, '#!/bin/sh\necho "started $*"\nexit 7\n');
    await chmod(stand, 0o755);
    if (process.platform === 'darwin') return;
    const run = spawnSync(process.execPath, [START, '--config', 'war-room.yaml', '--wall'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist },
      encoding: 'utf8',
    });
    assert.equal(run.status, 7, 'its exit code is passed on');
    assert.match(run.stdout, /^started \S+ --config war-room\.yaml --wall$/m);
  });
});
