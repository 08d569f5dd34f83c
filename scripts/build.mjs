// Builds what Electron runs into out/: main and preload bundled by esbuild (CommonJS, since
// a sandboxed preload cannot be an ES module), the renderer by Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { rm } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;

const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await rm(`${root}/out`, { recursive: true, force: true });
await Promise.all([
  esbuild({
    ...nodeBundle,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'out/main/index.cjs',
  }),
  esbuild({
    ...nodeBundle,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'out/preload/index.cjs',
  }),
]);
await vite({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
console.log('built out/main, out/preload, out/renderer');
