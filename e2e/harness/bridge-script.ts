import { build } from 'esbuild';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

let bridgeScript: Promise<string> | undefined;

/** The preload stand-in (bridge-init.ts), bundled once per worker. */
export function bridgeInitScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(ROOT, 'e2e/harness/bridge-init.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeScript;
}
