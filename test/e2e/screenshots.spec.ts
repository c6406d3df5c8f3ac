import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './support/test';
import { type Page } from '@playwright/test';
import { AppShell, type LanguageName } from './pages/app-shell';
import { OverviewPage } from './pages/overview-page';
import { useHarness } from './support/harness';
import { readmeScreenshot, screenshotDir } from './support/paths';
import { openSharedPage } from './support/shared-page';

// A folder name that reads well in the header, and the same in every run, so the picture is too.
const harness = useHarness({ folder: join(tmpdir(), 'Advocate Lab') });

const cases: {
  theme: 'light' | 'dark';
  language: 'en' | 'ja';
  name: LanguageName;
  title: string;
}[] = [
  { theme: 'light', language: 'en', name: 'English', title: 'Overview' },
  { theme: 'dark', language: 'en', name: 'English', title: 'Overview' },
  { theme: 'light', language: 'ja', name: '日本語', title: '概要' },
  { theme: 'dark', language: 'ja', name: '日本語', title: '概要' },
];

test.describe('Overview screenshots at 1280×800', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    // Reduced motion keeps charts still, so every run draws the same picture.
    page = await openSharedPage(browser);
    await new AppShell(page).open(harness().url);
    await new OverviewPage(page).waitUntilLoaded();
  });

  test.afterAll(async () => {
    await page.close();
  });

  for (const { theme, language, name, title } of cases) {
    test(`${theme} theme, ${language}`, async () => {
      const shell = new AppShell(page);
      const overview = new OverviewPage(page);
      await shell.chooseLanguage(name);
      await shell.chooseTheme(theme);
      await expect(overview.title).toHaveText(title);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await overview.waitUntilLoaded();
      const file = join(screenshotDir, `overview-${theme}-${language}.png`);
      mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: file });
      if (process.env.README_SCREENSHOT === '1' && theme === 'light' && language === 'en') {
        mkdirSync(dirname(readmeScreenshot), { recursive: true });
        copyFileSync(file, readmeScreenshot);
      }
    });
  }
});
