import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The Electron executable, if this machine has one: ELECTRON_OVERRIDE_DIST_PATH (a
 * developer's own build) or the binary the electron package downloaded. Never calls
 * require('electron'), which would try to download it.
 */
export function findElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidates: string[] = [];
  if (override) candidates.push(path.join(override, executableName()));
  const packageDir = path.join(ROOT, 'node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (existsSync(pathFile))
    candidates.push(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

function executableName(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}
