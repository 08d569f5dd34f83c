// How main's code is bundled (esbuild, CommonJS for Electron's main), shared by
// scripts/build.mjs and the test that runs the bundled PDF export (build/bundled-export.test.ts).
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** esbuild options for a Node (main-process) bundle of the sources under `root`. */
export function nodeBundleOptions(root) {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    external: ['electron'],
    sourcemap: true,
    // Smaller to load at every start (zod and pdfkit are most of it); the source map keeps
    // stack traces readable, and keepNames keeps class names (errors are told apart by them).
    minify: true,
    keepNames: true,
    logLevel: 'warning',
    absWorkingDir: root,
    // The sources are ES modules; in the CommonJS bundle import.meta.url is the bundle's URL.
    define: {
      'import.meta.url': 'import_meta_url',
      // The PDF's fonts, copied beside the bundle (electron/export/pdf-fonts.ts).
      'process.env.DIJKWACHT_BUNDLED_FONTS': JSON.stringify('fonts'),
    },
    banner: { js: 'const import_meta_url = require("url").pathToFileURL(__filename).href;' },
    plugins: [withoutPgNative],
  };
}

/**
 * pg loads its optional libpq binding (`pg-native`) only when asked for `pg.native`, which
 * Dijkwacht never is; a bundle must not name a module that would have to ship in
 * node_modules, so the name resolves to a module that fails as a missing one does.
 */
const withoutPgNative = {
  name: 'without-pg-native',
  setup(build) {
    build.onResolve({ filter: /^pg-native$/ }, () => ({ path: 'pg-native', namespace: 'absent' }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({
      contents:
        "throw Object.assign(new Error('pg-native is not shipped'), { code: 'MODULE_NOT_FOUND' });",
      loader: 'js',
    }));
  },
};

/** DejaVu Sans for the PDF export, into `outDir/fonts`: the app ships no node_modules. */
export async function copyPdfFonts(outDir) {
  const fontPackage = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  const folder = path.join(path.dirname(fontPackage), 'ttf');
  await mkdir(path.join(outDir, 'fonts'), { recursive: true });
  for (const face of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'])
    await copyFile(path.join(folder, face), path.join(outDir, 'fonts', face));
}
