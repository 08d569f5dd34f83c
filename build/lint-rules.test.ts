// The architecture rules of eslint.config.js fire where they should and nowhere else: each
// snippet is linted as if it sat at its (made-up) path, so the config's zones decide.
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;
before(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rules `code` breaks at `filePath`; a snippet that does not parse fails the test. */
async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  assert.ok(result, `no result for ${filePath}`);
  const fatal = result.messages.find((message) => message.fatal);
  assert.equal(fatal, undefined, `${filePath} does not parse: ${fatal?.message}`);
  return result.messages.map((message) => message.ruleId ?? '');
}

async function assertReported(rule: string, filePath: string, code: string) {
  assert.ok((await rulesBroken(filePath, code)).includes(rule), `${rule} silent on ${filePath}`);
}

async function assertAllowed(rule: string, filePath: string, code: string) {
  assert.ok(!(await rulesBroken(filePath, code)).includes(rule), `${rule} fired on ${filePath}`);
}

const IMPORTS = 'no-restricted-imports';
const SYNTAX = 'no-restricted-syntax';

describe('lint: Node built-ins', () => {
  for (const specifier of [
    'node:crypto',
    'crypto',
    'fs/promises',
    'node:path/posix',
    'node:sqlite',
  ]) {
    it(`bans ${specifier} in shared/ and renderer/`, async () => {
      const code = `import * as m from '${specifier}';\nexport const x = m;\n`;
      await assertReported(IMPORTS, 'shared/x.ts', code);
      await assertReported(IMPORTS, 'shared/timeline/testing/x.ts', code);
      await assertReported(IMPORTS, 'renderer/x.tsx', code);
      await assertReported(IMPORTS, 'renderer/x.test.tsx', code);
    });
  }

  it("allows them in shared/'s tests, electron/ and Vite's config", async () => {
    const code = "import { randomUUID } from 'node:crypto';\nexport const x = randomUUID;\n";
    await assertAllowed(IMPORTS, 'shared/x.test.ts', code);
    await assertAllowed(IMPORTS, 'electron/collector/x.ts', code);
    await assertAllowed(IMPORTS, 'renderer/vite.config.ts', code);
  });

  it('keeps the other bans of shared/ and renderer/', async () => {
    await assertReported(
      IMPORTS,
      'shared/x.ts',
      "import React from 'react';\nexport const x = React;\n",
    );
    const fromElectron = "import { x } from '../electron/app/x.ts';\nexport const y = x;\n";
    await assertReported(IMPORTS, 'shared/x.ts', fromElectron);
    await assertReported(IMPORTS, 'renderer/x.tsx', fromElectron);
    await assertReported(SYNTAX, 'renderer/x.tsx', 'export const x = API_GLOBAL_NAME;\n');
    await assertAllowed(
      SYNTAX,
      'renderer/api/dijkwacht-api.ts',
      'export const x = API_GLOBAL_NAME;\n',
    );
  });
});

describe('lint: only electron/main and electron/preload import electron', () => {
  const value = "import { app } from 'electron';\nexport const x = app;\n";
  const type = "import type { WebContents } from 'electron';\nexport type X = WebContents;\n";
  const subpath = "import { app } from 'electron/main';\nexport const x = app;\n";

  for (const filePath of [
    'electron/collector/x.ts',
    'electron/collector/x.test.ts',
    'electron/cli/x.mjs',
    'shared/x.ts',
    'shared/x.test.ts',
    'renderer/x.tsx',
    'e2e/renderer/x.spec.ts',
    'scripts/x.mjs',
    'scripts/bench/x.bench.ts',
  ]) {
    it(`bans it, types and subpaths too, in ${filePath}`, async () => {
      await assertReported(IMPORTS, filePath, value);
      await assertReported(IMPORTS, filePath, type);
      await assertReported(IMPORTS, filePath, subpath);
    });
  }

  it('allows it in electron/main, electron/preload and their tests', async () => {
    await assertAllowed(IMPORTS, 'electron/main/window.ts', value);
    await assertAllowed(IMPORTS, 'electron/preload/index.ts', value);
    await assertAllowed(IMPORTS, 'electron/main/x.test.ts', type);
  });

  it("allows Playwright's _electron in e2e/electron", async () => {
    const code = "import { _electron } from '@playwright/test';\nexport const x = _electron;\n";
    await assertAllowed(IMPORTS, 'e2e/electron/x.spec.ts', code);
  });

  it('keeps raw IPC to the adapters', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n";
    await assertReported(IMPORTS, 'electron/main/window.ts', code);
    await assertReported(IMPORTS, 'electron/main/x.test.ts', code);
    await assertAllowed(IMPORTS, 'electron/main/ipc.ts', code);
  });
});

describe('lint: production code never imports test support', () => {
  const kit = "import { y } from '../sources/topdesk/testing/y.ts';\nexport const x = y;\n";

  it('bans a testing/ import in production code', async () => {
    await assertReported(IMPORTS, 'electron/collector/x.ts', kit);
    await assertReported(IMPORTS, 'electron/main/window.ts', kit);
    await assertReported(IMPORTS, 'shared/rules/x.ts', kit);
    await assertReported(IMPORTS, 'scripts/x.mjs', kit);
    await assertReported(IMPORTS, 'build/x.ts', kit);
  });

  it("bans renderer/test/ in the renderer's production code", async () => {
    const code = "import { fakeApi } from '../test/fake-api.ts';\nexport const x = fakeApi;\n";
    await assertReported(IMPORTS, 'renderer/app/x.tsx', code);
    await assertAllowed(IMPORTS, 'renderer/app/x.test.tsx', code);
  });

  for (const filePath of [
    'electron/collector/x.test.ts',
    'electron/collector/testing/x.ts',
    'shared/rules/x.test.ts',
    'shared/rules/testing/x.ts',
    'e2e/harness/x.ts',
    'scripts/bench/x.bench.ts',
    'renderer/test/x.ts',
  ]) {
    it(`allows it in ${filePath}`, () => assertAllowed(IMPORTS, filePath, kit));
  }
});

describe('lint: React hooks', () => {
  it('reports a hook called conditionally', async () => {
    const code = `import { useState } from 'react';
export function Panel({ open }: { open: boolean }) {
  if (open) useState(0);
  return null;
}
`;
    await assertReported('react-hooks/rules-of-hooks', 'renderer/x.tsx', code);
  });

  it('passes a hook called at the top', async () => {
    const code = `import { useState } from 'react';
export function Panel() {
  const [count] = useState(0);
  return count;
}
`;
    assert.deepEqual(await rulesBroken('renderer/x.tsx', code), []);
  });
});

describe('lint: no focused tests', () => {
  const focused: [filePath: string, code: string][] = [
    ['shared/x.test.ts', "import { it } from 'node:test';\nit.only('x', () => {});\n"],
    [
      'electron/x.test.ts',
      "import { describe } from 'node:test';\ndescribe.only('x', () => {});\n",
    ],
    [
      'electron/x.test.ts',
      "import { test } from 'node:test';\ntest('x', { only: true }, () => {});\n",
    ],
    ['renderer/x.test.tsx', "import { it } from 'vitest';\nit.only.each([1])('x', () => {});\n"],
    [
      'e2e/renderer/x.spec.ts',
      "import { test } from '@playwright/test';\ntest.only('x', () => {});\n",
    ],
    [
      'e2e/electron/x.spec.ts',
      "import { test } from '@playwright/test';\ntest.describe.only('x', () => {});\n",
    ],
  ];
  for (const [filePath, code] of focused) {
    it(`reports ${code.split('\n')[1]} in ${filePath}`, () =>
      assertReported(SYNTAX, filePath, code));
  }

  it('passes unfocused tests and other `only`s', async () => {
    const code = `import { it, test } from 'node:test';
it('x', () => {});
test('y', { skip: false }, () => {});
export const filter = { only: true };
`;
    await assertAllowed(SYNTAX, 'electron/x.test.ts', code);
  });
});
