// Builds what Electron runs into out/: main and preload bundled by esbuild (CommonJS, since
// a sandboxed preload cannot be an ES module), the renderer by Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { copyPdfFonts, nodeBundleOptions } from './bundle-options.mjs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * What the renderer's script may weigh, gzipped: it loads at every start of every seat. It
 * was 83 kB before the timeline view and its virtual list; a growth past this is a decision,
 * not an accident.
 */
const RENDERER_GZIP_BUDGET = 110 * 1024;

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
await reportSizes();

async function reportSizes() {
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const main = (await stat(path.join(root, 'out/main/index.cjs'))).size;
  const assets = path.join(root, 'out/renderer/assets');
  const scripts = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  let rendererGzip = 0;
  for (const name of scripts)
    rendererGzip += gzipSync(await readFile(path.join(assets, name))).length;
  console.log(
    `sizes: main ${kB(main)} (minified); renderer ${kB(rendererGzip)} gzip of its ` +
      `${kB(RENDERER_GZIP_BUDGET)} budget`,
  );
  if (rendererGzip > RENDERER_GZIP_BUDGET) {
    console.error('build: the renderer is over its budget (scripts/build.mjs)');
    process.exit(1);
  }
}
