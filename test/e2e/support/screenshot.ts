import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { readmeImage, screenshotDir } from './paths';

/**
 * Saves the window at 1280×800 under `test-results/screenshots/NAME.png`, to be looked at; with
 * `readme`, also refreshes that README picture when README_SCREENSHOT=1.
 */
export async function saveScreenshot(page: Page, name: string, readme?: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  if (readme && process.env.README_SCREENSHOT === '1') {
    const target = readmeImage(readme);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}
