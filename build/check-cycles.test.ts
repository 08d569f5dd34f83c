// scripts/check-cycles.mjs as `npm test` runs it, on tiny trees: a cycle fails and is named,
// a tree without one passes, and a cycle closed only by a type import is a note unless --strict.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const SCRIPT = path.resolve(import.meta.dirname, '../scripts/check-cycles.mjs');

let root = '';
before(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'dijkwacht-cycles-'));
});
after(() => rm(root, { recursive: true, force: true }));

/** Writes `files` (path → text) into a fresh tree and runs the check on its shared/ folder. */
async function check(name: string, files: Record<string, string>, ...flags: string[]) {
  const tree = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(tree, file)), { recursive: true });
    await writeFile(path.join(tree, file), text);
  }
  const run = spawnSync(process.execPath, [SCRIPT, ...flags, '--root', tree, 'shared'], {
    encoding: 'utf8',
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

describe('check-cycles', () => {
  it('passes a tree without a cycle', async () => {
    const { code, output } = await check('acyclic', {
      'shared/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'shared/b.ts': "import { c } from './deeper/c.ts';\nexport const b = c;\n",
      'shared/deeper/c.ts': "import { z } from 'zod';\nexport const c = z;\n",
    });
    assert.equal(code, 0, output);
    assert.match(output, /No import cycles in shared \(3 files\)/);
  });

  it('fails on a cycle and names every file on it', async () => {
    const { code, output } = await check('cycle', {
      'shared/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'shared/b.ts': "import { c } from './deeper/c.ts';\nexport const b = () => c;\n",
      'shared/deeper/c.ts': "export { a as c } from '../a.ts';\n",
      'shared/d.ts': "import { a } from './a.ts';\nexport const d = a;\n",
    });
    assert.equal(code, 1, output);
    assert.match(output, /1 import cycle/);
    assert.match(output, /shared\/a\.ts → shared\/b\.ts → shared\/deeper\/c\.ts → shared\/a\.ts/);
    assert.doesNotMatch(output, /d\.ts/);
  });

  it('counts import() calls as imports', async () => {
    const { code, output } = await check('dynamic', {
      'shared/a.ts': "export const a = () => import('./b.ts');\n",
      'shared/b.ts': "import { a } from './a.ts';\nexport const b = a;\n",
    });
    assert.equal(code, 1, output);
    assert.match(output, /shared\/a\.ts → shared\/b\.ts → shared\/a\.ts/);
  });

  it('counts `import { type A }` as an import that runs (Node still loads the module)', async () => {
    const { code, output } = await check('inline-type', {
      'shared/a.ts': "import { b } from './b.ts';\nexport interface A { readonly b: typeof b }\n",
      'shared/b.ts': "import { type A } from './a.ts';\nexport const b = (a: A) => a;\n",
    });
    assert.equal(code, 1, output);
  });

  describe('a cycle closed by a type-only import', () => {
    const files = {
      'shared/a.ts': "import { b } from './b.ts';\nexport interface A { readonly b: typeof b }\n",
      'shared/b.ts': "import type { A } from './a.ts';\nexport const b = (a: A) => a;\n",
    };

    it('is listed as a note and passes', async () => {
      const { code, output } = await check('types', files);
      assert.equal(code, 0, output);
      assert.match(output, /only through type imports/);
      assert.match(output, /shared\/a\.ts → shared\/b\.ts → shared\/a\.ts {2}\(through types\)/);
    });

    it('fails with --strict', async () => {
      const { code, output } = await check('types-strict', files, '--strict');
      assert.equal(code, 1, output);
      assert.match(output, /1 import cycle.*\n.*\(through types\)/);
    });
  });
});
