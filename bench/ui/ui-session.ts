import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface UiSession {
  page: Page;
  url: string;
  close(): Promise<void>;
}

/**
 * The app's renderer in Chromium against the web harness on a workspace, as the end-to-end tests
 * run it: the real services, the real bundle (`npx electron-vite build` first).
 */
export async function openUi(workspace: string): Promise<UiSession> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/web/harness-cli.ts', '--workspace', workspace],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Advocate Lab web harness: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`The harness exited with ${code}.`)));
  });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  await page.goto(url);
  await page.locator('nav').waitFor();
  return {
    page,
    url,
    close: async () => {
      await browser.close();
      child.kill();
    },
  };
}

/** The median of a few runs. */
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
