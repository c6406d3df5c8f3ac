// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Layering: shared imports neither side; the renderer never reaches main; main never reaches the renderer. */
const sidePatterns = {
  main: {
    group: ['**/src-main/**', '../src-main/*'],
    message: 'Only src-main may import src-main.',
  },
  renderer: {
    group: ['**/src-renderer/**', '../src-renderer/*'],
    message: 'Only src-renderer may import src-renderer.',
  },
};

/**
 * The main process's layers, top to bottom (ARCHITECTURE.md): the entry points (app, web, cli); the
 * session, which owns the worker (session, ipc); the worker; the domains (import, analysis,
 * coverage, overview, goals, export, scenarios, renderer-files); and the leaves (job, store). Each layer
 * imports only the ones below it, type imports included. A pattern matches an import that climbs
 * out of the importing folder into a layer's top folder (`../session/…`, `../../worker/…`), so
 * folders of the same name elsewhere (`src-shared/ipc`) are not caught.
 */
const climbInto = (folders, message) => ({
  regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`,
  message,
});
const layerRules = {
  session: climbInto(['app', 'web', 'cli'], 'The session never imports an entry point.'),
  worker: climbInto(
    ['session', 'ipc', 'app', 'web', 'cli'],
    'The worker never imports the session or an entry point: the session hands it its jobs.',
  ),
  domain: climbInto(
    ['worker', 'session', 'ipc', 'app', 'web', 'cli'],
    'A domain never imports the worker, the session or an entry point: jobs take a JobContext from src-main/job.',
  ),
  leaf: climbInto(
    [
      'worker',
      'session',
      'ipc',
      'app',
      'web',
      'cli',
      'import',
      'analysis',
      'coverage',
      'overview',
      'goals',
      'export',
      'scenarios',
      'renderer-files',
    ],
    'The store and the job context are leaves: they import only src-shared.',
  ),
  apart: {
    group: ['**/sample-generator/**', '**/test/**', '**/bench/**', '**/scripts/**'],
    message: 'The app never imports the sample generator, tests, benchmarks or scripts.',
  },
};
const mainLayers = [
  { files: ['src-main/{session,ipc}/**/*.ts'], patterns: [layerRules.session] },
  { files: ['src-main/worker/**/*.ts'], patterns: [layerRules.worker] },
  {
    files: [
      'src-main/{import,analysis,coverage,overview,goals,export,scenarios,renderer-files}/**/*.ts',
    ],
    patterns: [layerRules.domain],
  },
  { files: ['src-main/{job,store}/**/*.ts'], patterns: [layerRules.leaf] },
];

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
            {
              group: ['node:*'],
              message: 'src-shared runs in the renderer too: no Node built-ins.',
            },
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
            {
              name: 'electron',
              message: 'The renderer talks to main only through the preload API.',
            },
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
    ignores: ['src-main/app/electron-ipc.ts', 'src-main/preload/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [rawIpc], patterns: [sidePatterns.renderer, layerRules.apart] },
      ],
    },
  },
  {
    files: ['src-main/app/electron-ipc.ts', 'src-main/preload/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [sidePatterns.renderer, layerRules.apart] }],
    },
  },
  ...mainLayers.map(({ files, patterns }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [rawIpc], patterns: [sidePatterns.renderer, layerRules.apart, ...patterns] },
      ],
    },
  })),
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}', 'sample-generator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
);
