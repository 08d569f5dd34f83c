// Builds what Electron runs into out/: main and preload bundled by esbuild (CommonJS, since
// a sandboxed preload cannot be an ES module), the renderer by Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { copyPdfFonts, nodeBundleOptions } from './bundle-options.mjs';
import { rm } from 'node:fs/promises';

const root = new URL('..', import.meta.url).pathname;

const nodeBundle = nodeBundleOptions(root);

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
await copyPdfFonts(`${root}/out/main`);
await vite({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
console.log('built out/main, out/preload, out/renderer');
