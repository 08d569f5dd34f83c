// What ships holds no test support: the bundles' own inputs, from esbuild's metafile, built
// with the options the app is built with (scripts/bundle-options.mjs). Test support lives in
// `testing/` folders (and the renderer's in renderer/test/), which production code never
// imports (eslint.config.js); this checks the whole graph, including what a dynamic or
// indirect import would pull in.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { build, type Metafile } from 'esbuild';
import { nodeBundleOptions } from '../scripts/bundle-options.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const TEST_SUPPORT = [/(^|\/)testing\//, /\.test\.tsx?$/, /^renderer\/test\//, /test-support\//];

async function inputsOf(entry: string, options: object): Promise<string[]> {
  const result = await build({
    ...options,
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    outfile: path.join(ROOT, 'out/metafile-check.js'),
    logLevel: 'error',
  });
  return Object.keys((result.metafile as Metafile).inputs);
}

/** Each bundle, and how many inputs it has at least (so an empty graph cannot pass). */
const bundles: [string, number, () => Promise<string[]>][] = [
  ['main', 100, () => inputsOf('electron/main/index.ts', nodeBundleOptions(ROOT))],
  ['preload', 2, () => inputsOf('electron/preload/index.ts', nodeBundleOptions(ROOT))],
  [
    'renderer',
    50,
    () =>
      inputsOf('renderer/main.tsx', {
        platform: 'browser',
        format: 'esm',
        loader: { '.css': 'empty' },
      }),
  ],
];

describe('the shipped bundles', () => {
  for (const [name, atLeast, inputs] of bundles)
    it(`${name} holds no test support`, async () => {
      const all = await inputs();
      assert.ok(all.length >= atLeast, `${name}: ${all.length} inputs, not the real bundle`);
      const support = all.filter((input) => TEST_SUPPORT.some((pattern) => pattern.test(input)));
      assert.deepEqual(support, [], `${name} bundles test support`);
    });

  it('the demo ships without the simulator’s fault injection', async () => {
    const main = await inputsOf('electron/main/index.ts', nodeBundleOptions(ROOT));
    assert.ok(
      main.some((input) => input.startsWith('electron/simulator/')),
      'the demo ships',
    );
    const faults = main.filter((input) =>
      /(^|\/)(faults?|fault-[^/]*|[^/]*-faults?)\.ts$|echo-credentials/.test(input),
    );
    assert.deepEqual(faults, []);
  });
});
