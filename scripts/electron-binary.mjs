// Where this machine's Electron executable is, without ever asking the electron package
// (whose require() tries to download it, and on a machine without internet fails with a
// stack trace). Plain JavaScript: `npm start` runs it before anything is built.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** ELECTRON_OVERRIDE_DIST_PATH (a build of one's own), else what the electron package downloaded. */
export function findElectronBinary(env = process.env, root = ROOT) {
  const candidates = [];
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    candidates.push(path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executableName()));
  const packageDir = path.join(root, 'node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (existsSync(pathFile))
    candidates.push(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export const MISSING_ELECTRON =
  'dijkwacht: the Electron binary is not installed (npm install could not download it — no ' +
  'internet?). Run npm install on a machine that reaches github.com, or set ' +
  'ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build. The command line ' +
  '(npx dijkwacht …) works without it.';

function executableName() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}
