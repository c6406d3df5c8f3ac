import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is the only runtime dependency and stays external: it is a native module.
      externalizeDeps: true,
      rollupOptions: {
        input: {
          main: resolve('src-main/app/main.ts'),
          'analysis-worker': resolve('src-main/session/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file with nothing external.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('src-main/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
