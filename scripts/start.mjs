// `npm start [-- --config FILE --wall …]`: the app, in the Electron this machine has — or one
// line saying what is missing and what to do, instead of the electron package's stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, MISSING_ELECTRON } from './electron-binary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binary = findElectronBinary();
if (!binary) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}
const app = spawn(binary, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => app.kill(name));
