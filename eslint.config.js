// Lint: typescript-eslint's recommended rules plus the layering of docs/contracts.md, enforced on
// imports (VS Code's and Signal's pattern): each folder may only use what its runtime has.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'child_process',
  'os',
  'path',
  'worker_threads',
  'dgram',
  'tls',
  'dns',
];
const nodeBuiltinPatterns = [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `node:${name}`)];

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
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            ...nodeBuiltinPatterns.map((name) => ({
              name,
              message: 'shared/ is pure: no Node I/O.',
            })),
          ],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing from electron/ or renderer/.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*'],
              message: 'shared/ is pure: no DOM or React.',
            },
          ],
        },
      ],
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches main only through window.dijkwacht (renderer/api).',
            },
            ...nodeBuiltinPatterns.map((name) => ({ name, message: 'The renderer has no Node.' })),
          ],
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ never imports from electron/.' },
          ],
        },
      ],
    },
  },
  {
    // Only renderer/api/dijkwacht-api.ts may read the preload's global.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/dijkwacht-api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='API_GLOBAL_NAME']",
          message: 'Use renderer/api: it is the only module that touches the preload global.',
        },
      ],
    },
  },
  {
    // Raw IPC lives in exactly two adapters: electron/main/ipc.ts and the preload.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts', 'electron/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use electron/main/ipc.ts and the typed contract.',
            },
          ],
        },
      ],
    },
  },
);
