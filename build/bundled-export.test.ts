// The PDF export as the packaged app runs it: bundled into CommonJS with main's esbuild
// options, with no node_modules to resolve from, its fonts beside the bundle. pdfkit reads
// font files at run time, so only running the bundle shows that it finds them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { copyPdfFonts, nodeBundleOptions } from '../scripts/bundle-options.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
let folder = '';
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-bundled-export-'));
});
after(() => rm(folder, { recursive: true, force: true }));

const ENTRY = `
import { runExport } from '${ROOT}/electron/export/run-export.ts';
import { MemoryTimelineStore } from '${ROOT}/shared/timeline/testing/memory-store.ts';
void (async () => {
const store = new MemoryTimelineStore();
await store.append([{ kind: 'note', at: '2026-11-29T13:02:00.000Z', domain: 'privacy', source: null,
  actor: 'Coördinator', summary: 'Één melding over privacy — “AP” geïnformeerd', data: {} }]);
await runExport(store, { format: 'pdf', redact: false, from: null, to: null, domain: null,
  title: 'Dijkwacht', timezone: 'Europe/Amsterdam', knownNames: [], out: process.argv[2], actor: 'test' });
})();
`;

describe('the bundled PDF export', () => {
  it('runs from a CommonJS bundle with its fonts beside it, with no node_modules', async () => {
    const entry = path.join(folder, 'entry.mts');
    await writeFile(entry, ENTRY);
    const bundle = path.join(folder, 'app', 'main.cjs');
    await build({
      ...nodeBundleOptions(ROOT),
      entryPoints: [entry],
      outfile: bundle,
      logLevel: 'error',
    });
    await copyPdfFonts(path.dirname(bundle));
    const pdf = path.join(folder, 'report.pdf');
    // Run far from the repository, so nothing can be found in its node_modules.
    execFileSync(process.execPath, [bundle, pdf], { cwd: folder, env: { PATH: process.env.PATH } });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /Één melding over privacy — “AP” geïnformeerd/);
    assert.match(text, /pagina 1 van 1/);
  });
});
