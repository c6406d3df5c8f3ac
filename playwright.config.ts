import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the renderer in the system's Chromium against the web harness, which serves
 * the production renderer bundle (`npx electron-vite build`) and a loopback bridge to the real
 * services. Each spec file starts its own harness on its own copy of the sample workspace.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './test/e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Spec files run side by side, each with its own harness; tests within a file run in order.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      // A fresh, quiet profile: nothing phones home, nothing from the machine's own profile leaks in.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
