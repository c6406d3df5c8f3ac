import type { Browser, Page } from '@playwright/test';
import { guardSharedPage } from './test';

/**
 * A page that several tests of one file share, in order, to spare a load of the application per
 * test. Only for tests that read the screen, or leave it as they found it.
 */
export async function openSharedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  guardSharedPage(page);
  return page;
}
