// Lint: typescript-eslint's recommended rules plus the layering of docs/contracts.md, enforced on
// imports (VS Code's and Signal's pattern): each folder may only use what its runtime has.
// build/lint-rules.test.ts checks that each architecture rule below fires.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every Node built-in in both spellings, subpaths too (fs/promises, path/posix); node:sea,
// node:sqlite and node:test exist only with the prefix, so they get no bare form.
const NODE_BUILTINS = builtinModules.flatMap((name) =>
  name.startsWith('node:') ? [name] : [name, `node:${name}`],
);

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];
/** Files only tests run: they, and only they, may import test support. */
const TEST_ONLY = [...TEST_FILES, 'e2e/**', 'scripts/bench/**', 'renderer/test/**'];
/** Vite's and Vitest's configs sit in renderer/ but run in Node, in the build. */
const RENDERER_BUILD_CONFIGS = ['renderer/*.config.ts'];
/** The three modules that may touch ipcMain / ipcRenderer. */
const IPC_ADAPTERS = [
  'electron/main/ipc.ts',
  'electron/preload/index.ts',
  'electron/main/index.ts',
];

// What a zone may not import. Each ban is { paths, patterns } for no-restricted-imports.
const noElectron = (message) => ({
  paths: [{ name: 'electron', message }],
  patterns: [{ group: ['electron/*'], message }],
});
const noNode = (message) => ({ paths: NODE_BUILTINS.map((name) => ({ name, message })) });
const noTestSupport = {
  patterns: [
    {
      // testing/ is the convention, one folder per area; renderer/test/ and electron/test-support/
      // are older spellings of it.
      regex: '(^|/)(testing|test|test-support)/',
      message: 'Production code never imports test support (testing/ folders, renderer/test/).',
    },
  ],
};
const noRawIpc = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Use electron/main/ipc.ts and the typed contract.',
    },
  ],
};
const sharedLayer = {
  patterns: [
    {
      group: ['**/electron/**', '**/renderer/**'],
      message: 'shared/ imports nothing from electron/ or renderer/.',
    },
    { group: ['react', 'react-dom', 'react-dom/*'], message: 'shared/ is pure: no DOM or React.' },
  ],
};
const rendererLayer = {
  patterns: [{ group: ['**/electron/**'], message: 'renderer/ never imports from electron/.' }],
};

const ELECTRON_ONLY_IN_MAIN = 'Only electron/main/ and electron/preload/ import Electron.';
const SHARED_PURE = [
  noElectron('shared/ is pure: no Electron.'),
  noNode('shared/ is pure: no Node.'),
];
const RENDERER_PURE = [
  noElectron('The renderer reaches main only through window.dijkwacht (renderer/api).'),
  noNode('The renderer has no Node.'),
  rendererLayer,
];

/**
 * One zone's no-restricted-imports. Flat config keeps only the last setting of a rule that
 * matches a file, so zones are listed from general to specific and each names all its bans.
 */
function importZone(name, files, ignores, bans) {
  return {
    name: `dijkwacht/imports/${name}`,
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bans.flatMap((ban) => ban.paths ?? []),
          patterns: bans.flatMap((ban) => ban.patterns ?? []),
        },
      ],
    },
  };
}

// it.only, describe.only, test.only, test.describe(.serial|.parallel).only, and the options
// form `test('…', { only: true }, …)` of node:test and vitest: a focused test silently skips
// the rest of the suite. Playwright's forbidOnly catches it once more at run time.
const NO_FOCUSED_TESTS = [
  {
    selector:
      "MemberExpression[property.name='only']:matches([object.name=/^(it|test|describe|suite)$/], [object.property.name=/^(describe|serial|parallel)$/])",
    message: 'No focused tests: .only skips every other test.',
  },
  {
    selector:
      ":matches(CallExpression[callee.name=/^(it|test|describe|suite)$/], CallExpression[callee.property.name=/^(it|test|describe|suite)$/]) > ObjectExpression > Property[key.name='only']",
    message: 'No focused tests: { only } skips every other test.',
  },
];
const ONLY_API_READS_THE_GLOBAL = {
  selector: "Identifier[name='API_GLOBAL_NAME']",
  message: 'Use renderer/api: it is the only module that touches the preload global.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error', ...NO_FOCUSED_TESTS],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'require',
        'Buffer',
        'localStorage',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Only renderer/api/dijkwacht-api.ts may read the preload's global.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/dijkwacht-api.ts'],
    rules: { 'no-restricted-syntax': ['error', ONLY_API_READS_THE_GLOBAL, ...NO_FOCUSED_TESTS] },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },

  // Imports, zone by zone (general first: a later zone replaces an earlier one's bans).
  importZone('production', ['**/*.{js,mjs,cjs,ts,tsx}'], TEST_ONLY, [noTestSupport]),
  importZone(
    'scripts',
    ['scripts/**/*.{js,mjs,ts}'],
    ['scripts/bench/**'],
    [noElectron(ELECTRON_ONLY_IN_MAIN), noTestSupport],
  ),
  importZone(
    'scripts-bench',
    ['scripts/bench/**/*.{js,mjs,ts}'],
    [],
    [noElectron(ELECTRON_ONLY_IN_MAIN)],
  ),
  importZone('e2e-renderer', ['e2e/renderer/**/*.ts'], [], [noElectron(ELECTRON_ONLY_IN_MAIN)]),
  importZone(
    'electron',
    ['electron/**/*.{ts,mjs}'],
    ['electron/main/**', 'electron/preload/**', ...TEST_FILES],
    [noElectron(ELECTRON_ONLY_IN_MAIN), noTestSupport],
  ),
  importZone(
    'electron-tests',
    ['electron/**/*.test.ts', 'electron/**/testing/**/*.ts'],
    ['electron/main/**', 'electron/preload/**'],
    [noElectron(ELECTRON_ONLY_IN_MAIN)],
  ),
  importZone(
    'electron-main',
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    [...IPC_ADAPTERS, ...TEST_FILES],
    [noRawIpc, noTestSupport],
  ),
  importZone(
    'electron-main-tests',
    ['electron/main/**/*.test.ts', 'electron/preload/**/*.test.ts'],
    [],
    [noRawIpc],
  ),
  importZone('shared', ['shared/**/*.ts'], TEST_FILES, [
    ...SHARED_PURE,
    sharedLayer,
    noTestSupport,
  ]),
  // shared/'s test support is pure like the rest (tsconfig.shared.json has no Node types).
  importZone(
    'shared-testing',
    ['shared/**/testing/**/*.ts'],
    ['shared/**/*.test.ts'],
    [...SHARED_PURE, sharedLayer],
  ),
  // shared/'s tests run under node --test, so they may use Node.
  importZone(
    'shared-tests',
    ['shared/**/*.test.ts'],
    [],
    [noElectron('shared/ is pure: no Electron.')],
  ),
  importZone(
    'renderer',
    ['renderer/**/*.{ts,tsx}'],
    [...TEST_FILES, 'renderer/test/**', ...RENDERER_BUILD_CONFIGS],
    [...RENDERER_PURE, noTestSupport],
  ),
  importZone(
    'renderer-tests',
    ['renderer/**/*.test.{ts,tsx}', 'renderer/test/**', 'renderer/**/testing/**'],
    [],
    RENDERER_PURE,
  ),
);
