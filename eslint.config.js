// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Layering: shared imports neither side; the renderer never reaches main; main never reaches the renderer. */
const sidePatterns = {
  main: { group: ['**/src-main/**', '../src-main/*'], message: 'Only src-main may import src-main.' },
  renderer: {
    group: ['**/src-renderer/**', '../src-renderer/*'],
    message: 'Only src-renderer may import src-renderer.',
  },
};

/** Raw IPC is allowed only inside the two wrapper modules. */
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the typed IPC wrappers in src-main/ipc/ and src-main/preload/.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      '.electron-native/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src-shared must stay free of Electron.' }],
          patterns: [
            sidePatterns.main,
            sidePatterns.renderer,
            { group: ['node:*'], message: 'src-shared runs in the renderer too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through the preload API.' },
            { name: 'better-sqlite3', message: 'The renderer never opens the store.' },
          ],
          patterns: [
            sidePatterns.main,
            { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/ipc/electron-ipc.ts', 'src-main/preload/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [rawIpc], patterns: [sidePatterns.renderer] }],
    },
  },
  {
    files: ['src-main/ipc/electron-ipc.ts', 'src-main/preload/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [sidePatterns.renderer] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
);
