// Builds what Electron runs into out/: main and preload bundled by esbuild (CommonJS, since
// a sandboxed preload cannot be an ES module), the renderer by Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { copyPdfFonts, nodeBundleOptions } from './bundle-options.mjs';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
/**
 * What the renderer's script may weigh, gzipped: it loads at every start of every seat. It
 * was 83 kB before the timeline view and its virtual list, 100 kB with the wall's tiles and
 * rotation; the desk of issue 12 took it to 117 kB, most of it the texts of its pages in two
 * languages (all UI texts load at start), with the pages themselves loaded when opened. A
 * growth past this is a decision, not an accident.
 */
const RENDERER_GZIP_BUDGET = 125 * 1024;
/**
 * What a lazily loaded chunk may weigh, gzipped, keyed by the module its dynamic import
 * loads. It does not delay the first paint, but it still loads on every seat that shows it.
 * The charts are recharts (about 100 kB of it) and the wall's chart components.
 */
const LAZY_GZIP_BUDGETS = {
  'renderer/charts/index.ts': 150 * 1024,
  'renderer/timeline/TimelineView.tsx': 40 * 1024,
  // The desk's pages; the contacts and settings pages share the config's and contacts' schemas.
  'renderer/coordinator/detail/DomainDetailPage.tsx': 60 * 1024,
  'renderer/coordinator/contacts/ContactsPage.tsx': 60 * 1024,
  'renderer/coordinator/settings/SettingsPage.tsx': 60 * 1024,
  'renderer/coordinator/sources/SourcesPage.tsx': 20 * 1024,
};
/** A lazy chunk nobody has stated a budget for may weigh no more than the whole start. */
const UNLISTED_LAZY_GZIP_BUDGET = RENDERER_GZIP_BUDGET;

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
const rendererBuild = await vite({
  configFile: `${root}/renderer/vite.config.ts`,
  logLevel: 'warn',
});
console.log('built out/main, out/preload, out/renderer');
await reportSizes(rendererBuild);

async function reportSizes(rendererBuild) {
  const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  const main = (await stat(path.join(root, 'out/main/index.cjs'))).size;
  const { initial, lazy } = rendererChunks(rendererBuild);
  const gzipOf = async (files) => {
    let total = 0;
    for (const file of files)
      total += gzipSync(await readFile(path.join(root, 'out/renderer', file))).length;
    return total;
  };
  const initialGzip = await gzipOf(initial);
  console.log(
    `sizes: main ${kB(main)} (minified); renderer initial ${kB(initialGzip)} gzip of its ` +
      `${kB(RENDERER_GZIP_BUDGET)} budget`,
  );
  const over = [];
  if (initialGzip > RENDERER_GZIP_BUDGET) over.push('the initial renderer bundle');
  for (const [module, files] of lazy) {
    const budget = LAZY_GZIP_BUDGETS[module] ?? UNLISTED_LAZY_GZIP_BUDGET;
    const gzip = await gzipOf(files);
    const stated = module in LAZY_GZIP_BUDGETS ? 'budget' : 'default budget (state one)';
    console.log(`sizes: lazy ${module} ${kB(gzip)} gzip of its ${kB(budget)} ${stated}`);
    if (gzip > budget) over.push(`the lazy chunk of ${module}`);
  }
  if (over.length > 0) {
    console.error(`build: ${over.join(' and ')} over budget (scripts/build.mjs)`);
    process.exit(1);
  }
}

/**
 * The renderer's scripts, split by when they load: the entry and what it imports statically
 * load at start; each dynamic import's chunk, with what only it needs, loads on first use.
 * Read from Vite's own output (not file names, which hash and repeat "index").
 */
function rendererChunks(rendererBuild) {
  const outputs = Array.isArray(rendererBuild) ? rendererBuild : [rendererBuild];
  const chunks = new Map(
    outputs
      .flatMap((result) => result.output ?? [])
      .filter((item) => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  if (chunks.size === 0) throw new Error('build: Vite reported no renderer chunks');
  const withImports = (start, skip) => {
    const found = new Set();
    const visit = (file) => {
      if (found.has(file) || skip.has(file)) return;
      found.add(file);
      for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
    };
    start.forEach(visit);
    return found;
  };
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
  const initial = withImports(
    entries.map((chunk) => chunk.fileName),
    new Set(),
  );
  const lazy = new Map();
  for (const chunk of chunks.values()) {
    if (!chunk.isDynamicEntry || initial.has(chunk.fileName)) continue;
    const module = chunk.facadeModuleId
      ? path.relative(root, chunk.facadeModuleId).split(path.sep).join('/')
      : chunk.fileName;
    lazy.set(module, withImports([chunk.fileName], initial));
  }
  return { initial, lazy };
}
