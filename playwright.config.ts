import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the renderer in a system Chromium against the web harness, which serves the
 * production renderer bundle and a loopback bridge to the real services.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
